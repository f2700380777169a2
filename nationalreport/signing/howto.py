"""HOW-TO-VERIFY.txt: how the recipient checks the signed files with common tools.

Written next to the signed PDF, JSON and ``.p7s``, in English, naming the actual
files and the signer's certificate fingerprint, so that the recipient needs
nothing from this program.
"""

from __future__ import annotations

from nationalreport.signing.certs import CertInfo

HEADER = "HOW TO VERIFY THE SIGNED NATIONAL REPORT"


def howto_text(pdf: str, json_name: str, p7s: str, signer: CertInfo) -> str:
    """The text of HOW-TO-VERIFY.txt for these files."""
    self_signed = (
        "The certificate is self-signed (made by the official with this program). Confirm\n"
        "the fingerprint above with the signer by telephone or letter; once it matches,\n"
        f"extract the certificate and use it as ROOT.pem below:\n"
        f"  openssl pkcs7 -inform DER -in {p7s} -print_certs -out ROOT.pem\n"
        "  openssl x509 -in ROOT.pem -noout -fingerprint -sha256\n"
        if signer.self_signed else
        "ROOT.pem below is the root certificate of the authority that issued the "
        f"signer's certificate ({signer.issuer}).\n"
    )
    return f"""{HEADER}

Files
  {pdf}   the report, PDF/A-3b, signed (PAdES B-B); {json_name} is embedded in it
  {json_name}   the same answers, machine-readable
  {p7s}   detached CMS (CAdES) signature over the exact bytes of {json_name}

Signer: {signer.common_name}{", " + signer.organization if signer.organization else ""}
Certificate SHA-256 fingerprint:
  {signer.fingerprint}
{self_signed}
The signing time in the signature is the signing computer's clock, not a trusted
time, until a timestamp is added.

1. The PDF
   Adobe Acrobat Reader: open it and look at the Signatures panel.
   poppler:  pdfsig {pdf}
             (to see "Certificate is Trusted", import ROOT.pem into an NSS database
              with trust flags CT,C,C and pass -nssdir sql:DIR)
   pyHanko:  pyhanko sign validate --pretty-print --trust ROOT.pem --trust-replace {pdf}
             pyHanko also checks what was added after signing; pdfsig does not
             ("Not total document signed" means something was appended: after a
             timestamp that is expected, and pyHanko says whether it is only
             signature maintenance).
   The embedded JSON:  pdfdetach -save 1 -o extracted.json {pdf}
                       cmp extracted.json {json_name}

2. The JSON
   openssl cms -verify -binary -inform DER -in {p7s} -content {json_name} \\
       -CAfile ROOT.pem -purpose any -out /dev/null
   must print "CMS Verification successful". Any change to {json_name}, even a
   space, makes it fail: keep the file exactly as received.
   pyHanko:  pyhanko sign validate --trust ROOT.pem --trust-replace \\
                 --detached {p7s} {json_name}

3. With this program
   nationalreport verify {pdf} --trust ROOT.pem
   nationalreport verify {json_name} --trust ROOT.pem
   nationalreport timestamp {pdf} --tsa URL    (adds a trusted time, when online)
"""
