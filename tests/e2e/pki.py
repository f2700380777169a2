"""A throwaway public-key infrastructure for the signing tests, made with ``cryptography``.

Root CA -> issuing CA -> signers (a good one, an expired one, one whose key usage does
not allow signing), plus an RSA time-stamping authority (pyHanko's DummyTimeStamper
only handles RSA TSA keys). Keys are small enough to keep the suite fast; nothing
here is meant to be secure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSPHRASE = "correct horse battery staple"
NOW = dt.datetime.now(dt.UTC)

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass
class Party:
    """A key and its certificate."""

    key: PrivateKey
    cert: x509.Certificate

    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_pkcs8_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


def _name(cn: str, org: str = "Test Ministry of Interior", country: str = "KE") -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, country),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign, content_commitment=sign and not ca, key_encipherment=not sign,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False,
    )


def issue(subject: x509.Name, key: PrivateKey, issuer: Party | None, *, ca: bool,
          sign: bool = True, days: tuple[int, int] = (-1, 365),
          eku: list[x509.ObjectIdentifier] | None = None) -> Party:
    """A certificate for ``key``, signed by ``issuer`` (or self-signed)."""
    signer_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW + dt.timedelta(days=days[0]))
        .not_valid_after(NOW + dt.timedelta(days=days[1]))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(_usage(sign=sign, ca=ca), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False)
    if eku:
        builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=True)
    return Party(key, builder.sign(signer_key, hashes.SHA256()))


def p12(party: Party, chain: list[x509.Certificate], passphrase: str = PASSPHRASE, *,
        legacy: bool = False, name: bytes = b"signer") -> bytes:
    """A PKCS#12 file: AES-256/PBKDF2 (modern) or SHA1-3DES (legacy, old Windows/OpenSSL)."""
    builder = serialization.PrivateFormat.PKCS12.encryption_builder()
    if legacy:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        builder = builder.hmac_hash(hashes.SHA1())
    else:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        builder = builder.hmac_hash(hashes.SHA256())
    encryption = builder.kdf_rounds(2048).build(passphrase.encode())
    return pkcs12.serialize_key_and_certificates(name, party.key, party.cert, chain, encryption)


@dataclass
class Pki:
    """Every party of the test PKI, and the files written for them."""

    root: Party
    issuing: Party
    signer: Party
    expired: Party
    no_usage: Party
    tsa: Party
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def chain(self) -> list[x509.Certificate]:
        return [self.issuing.cert, self.root.cert]


def build(folder: Path) -> Pki:
    """Make the PKI and write its files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    root = issue(_name("nationalreport Test Root CA", "Test PKI"),
                 ec.generate_private_key(ec.SECP384R1()), None, ca=True, days=(-30, 3650))
    issuing = issue(_name("nationalreport Test Issuing CA", "Test PKI"),
                    ec.generate_private_key(ec.SECP256R1()), root, ca=True, days=(-20, 1800))
    signer = issue(_name("Amina Wanjiru"), rsa.generate_private_key(65537, 2048), issuing,
                   ca=False)
    expired = issue(_name("Old Official"), rsa.generate_private_key(65537, 2048), issuing,
                    ca=False, days=(-400, -10))
    no_usage = issue(_name("Encryption Only"), rsa.generate_private_key(65537, 2048), issuing,
                     ca=False, sign=False)
    tsa = issue(_name("nationalreport Test TSA", "Test PKI"),
                rsa.generate_private_key(65537, 2048), root, ca=False,
                eku=[ExtendedKeyUsageOID.TIME_STAMPING])
    pki = Pki(root, issuing, signer, expired, no_usage, tsa, folder)
    chain = pki.chain
    files = {
        "root.pem": root.cert_pem(),
        "issuing.pem": issuing.cert_pem(),
        "issuing.der": issuing.cert_der(),
        "signer.pem": signer.cert_pem(),
        "signer.der": signer.cert_der(),
        "signer-key.pem": signer.key_pkcs8_pem(),
        "signer.p12": p12(signer, chain),
        "signer-legacy.p12": p12(signer, chain, legacy=True),
        "expired.p12": p12(expired, chain),
        "no-usage.p12": p12(no_usage, chain),
        "corrupt.p12": p12(signer, chain)[:200] + b"\x00" * 64,
    }
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        pki.files[name] = path
    return pki


# ----------------------------------------------------------------------------- RC2 legacy


def rc2_p12(pki: Pki) -> Path | None:
    """A PKCS#12 in the oldest common encryption (RC2-40 + 3DES, ``openssl -legacy``)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        return None
    out = pki.folder / "signer-rc2.p12"
    result = subprocess.run(
        ["openssl", "pkcs12", "-export", "-legacy", "-inkey", str(pki.files["signer-key.pem"]),
         "-in", str(pki.files["signer.pem"]), "-certfile", str(pki.files["issuing.pem"]),
         "-passout", "env:P12PASS", "-out", str(out)],
        capture_output=True, env={"P12PASS": PASSPHRASE, "PATH": "/usr/bin:/bin"}, check=False)
    return out if result.returncode == 0 and out.exists() else None


# ----------------------------------------------------------------------------- SoftHSM2


TOKEN_LABEL = "OfficialToken"
TOKEN_PIN = "246810"
SO_PIN = "13579135"


def softhsm_library() -> Path | None:
    """The SoftHSM2 PKCS#11 module, if installed."""
    import shutil

    if shutil.which("softhsm2-util") is None or shutil.which("pkcs11-tool") is None:
        return None
    for candidate in ("/usr/lib/softhsm/libsofthsm2.so",
                      "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                      "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
                      "/usr/local/lib/softhsm/libsofthsm2.so"):
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def make_token(pki: Pki, folder: Path, library: Path) -> Path:
    """A SoftHSM2 token holding the signer's key and certificate and the issuing CA.

    Returns the SOFTHSM2_CONF file, which must be in the environment before the
    library is first loaded in the process.
    """
    import os
    import subprocess

    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}

    def run(*args: str) -> None:
        subprocess.run(list(args), check=True, capture_output=True, env=env, timeout=60)

    run("softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", TOKEN_PIN,
        "--so-pin", SO_PIN)
    run("softhsm2-util", "--import", str(pki.files["signer-key.pem"]), "--token", TOKEN_LABEL,
        "--label", "signer", "--id", "01", "--pin", TOKEN_PIN)
    for der, object_id, label in ((pki.files["signer.der"], "01", "signer"),
                                  (pki.files["issuing.der"], "02", "issuing-ca")):
        run("pkcs11-tool", "--module", str(library), "--token-label", TOKEN_LABEL, "--login",
            "--pin", TOKEN_PIN, "--write-object", str(der), "--type", "cert", "--id", object_id,
            "--label", label)
    return conf


# ----------------------------------------------------------------------------- TSA


def serve_tsa(pki: Pki) -> tuple[str, object]:
    """An RFC 3161 TSA on 127.0.0.1 in a thread; returns (URL, server) (call shutdown())."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from asn1crypto import keys, tsp
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.timestamps import DummyTimeStamper

    der = serialization.Encoding.DER
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(pki.tsa.cert.public_bytes(der)),
        tsa_key=keys.PrivateKeyInfo.load(pki.tsa.key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        certs_to_embed=[asn1_x509.Certificate.load(pki.root.cert.public_bytes(der))],
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            request = tsp.TimeStampReq.load(self.rfile.read(length))
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{server.server_address[1]}/tsa", server
