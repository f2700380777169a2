"""The signing commands: ``sign``, ``verify``, ``timestamp`` and ``identity create``.

Registered into the main parser by ``register(commands)``. Passphrases and PINs
come from a prompt (``getpass``), from standard input when it is not a terminal,
or from the environment variable named by ``--passphrase-env``; never from the
command line, and they never appear in a message. Exit status as design.md: 0
success, 1 the document has problems (a broken or altered signature, validation
errors), 2 the input cannot be read or the arguments are wrong. Signing modules
are imported inside the commands so that the window's start-up does not pay for
them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from nationalreport.formats import UN_LANGUAGES

PROG = "nationalreport"
OK, PROBLEMS, UNUSABLE = 0, 1, 2


class SecretUnavailable(Exception):
    """No passphrase or PIN could be obtained."""


def _fail(message: str, code: int = UNUSABLE) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


class RefuseSecret(argparse.Action):
    """``--passphrase``/``--pin``/``--password`` given anyway: refuse without echoing the value."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        raise argparse.ArgumentError(self, "passphrases and PINs are never given on the "
                                     "command line (they would stay in the shell history); "
                                     "you will be asked, or use --passphrase-env VAR")


def _refuse_secrets(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase", "--password", "--pin", nargs="?", action=RefuseSecret,
                        help=argparse.SUPPRESS)


def read_secret(env_var: str | None, prompt: str, *, confirm: bool = False) -> str:
    """The passphrase or PIN: from ``$env_var``, a prompt, or one line of standard input."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            # The name is not repeated: a passphrase typed in its place must not be echoed.
            raise SecretUnavailable("the environment variable named by --passphrase-env is "
                                    "not set")
        return value
    if not sys.stdin or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin else ""
        if not line:
            raise SecretUnavailable("no passphrase or PIN was given: run in a terminal to be "
                                    "asked, or use --passphrase-env VAR")
        return line.rstrip("\r\n")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != value:
        raise SecretUnavailable("the two entries differ; nothing was created")
    return value


# --------------------------------------------------------------------- sign


def _key_source(args: argparse.Namespace) -> Any:
    from nationalreport.signing.keys import Identity, Pkcs11Token, Pkcs12File

    if args.pkcs11_lib:
        if not args.token_label:
            raise SecretUnavailable("--pkcs11-lib needs --token-label (the label printed by "
                                    "the token's software, or 'pkcs11-tool -L')")
        pin = read_secret(args.passphrase_env, f"PIN of the token '{args.token_label}': ")
        return Pkcs11Token(args.pkcs11_lib, args.token_label, pin, key_label=args.key_label)
    if args.p12:
        secret = read_secret(args.passphrase_env, f"Passphrase of {Path(args.p12).name}: ")
        return Pkcs12File(Path(args.p12), secret)
    path = Path(args.identity) if args.identity else None
    secret = read_secret(args.passphrase_env, "Passphrase of your signing identity: ")
    return Identity(secret, path)


def cmd_sign(args: argparse.Namespace) -> int:
    from nationalreport.signing.errors import SigningError
    from nationalreport.signing.report_signing import problem_line, sign
    from nationalreport.storage import load_draft
    from nationalreport.validation import validate

    report = load_draft(args.draft)
    language = args.language or report.language
    problems = validate(report, language)
    for problem in problems:
        kind = "error" if problem.is_error else "advisory"
        print(f"{kind}: {problem_line(problem)}", file=sys.stderr)
    errors = sum(1 for p in problems if p.is_error)
    if errors:
        return _fail(f"{args.draft} has {errors} error{'s' if errors != 1 else ''}; correct "
                     f"{'them' if errors != 1 else 'it'} and sign again (nothing was signed)",
                     PROBLEMS)
    try:
        source = _key_source(args)
        done = sign(report, args.out_dir, source, args.reason, language=language,
                    problems=problems)
    except SecretUnavailable as exc:
        return _fail(str(exc))
    except SigningError as exc:
        return _fail(str(exc), exc.exit_code)
    print(done.to_text())
    return OK


# --------------------------------------------------------------------- verify


def cmd_verify(args: argparse.Namespace) -> int:
    from nationalreport.signing.errors import SigningError
    from nationalreport.signing.verify import verify

    try:
        result = verify(args.file, args.trust or None)
    except SigningError as exc:
        return _fail(str(exc), exc.exit_code)
    print(result.to_json() if args.format == "json" else result.to_text())
    return result.exit_code


# --------------------------------------------------------------------- timestamp


def cmd_timestamp(args: argparse.Namespace) -> int:
    from nationalreport.signing.errors import SigningError
    from nationalreport.signing.timestamp import timestamp

    try:
        outcome = timestamp(args.file, args.tsa, output=args.output, trust_roots=args.trust)
    except SigningError as exc:
        return _fail(str(exc), exc.exit_code)
    print(outcome.to_text())
    return OK


# --------------------------------------------------------------------- identity


def cmd_identity_create(args: argparse.Namespace) -> int:
    from nationalreport.signing.errors import SigningError
    from nationalreport.signing.identity import create_identity

    try:
        # The passphrase goes straight into the call, never into a local of this frame,
        # which an unexpected failure would carry up to whatever reports it.
        created = create_identity(
            args.name, args.organization, args.state,
            read_secret(args.passphrase_env, "Choose a passphrase for the new signing key: ",
                        confirm=True),
            key_type=args.key)
    except SecretUnavailable as exc:
        return _fail(str(exc))
    except SigningError as exc:
        return _fail(str(exc), exc.exit_code)
    info = created.info
    print(f"created the signing identity of {info.who} ({info.country})")
    print(f"  key (encrypted): {created.path}")
    print(f"  certificate:     {created.certificate_path}")
    print(f"  valid until {info.not_after.strftime('%d %B %Y')}")
    print("SHA-256 fingerprint, to confirm with the recipient by telephone or letter:")
    print(f"  {info.fingerprint}")
    return OK


def cmd_identity_list(args: argparse.Namespace) -> int:
    from nationalreport.signing.identity import list_identities

    found = list_identities()
    if not found:
        print("no signing identity has been created on this computer")
    for created in found:
        print(f"{created.path}  {created.info.who}  {created.info.fingerprint}")
    return OK


# --------------------------------------------------------------------- parser


def register(commands: Any) -> None:
    """Add the signing commands to the main parser's subcommands."""
    sign = commands.add_parser(
        "sign", allow_abbrev=False,
        help="sign a report: PDF (PAdES) and JSON (.p7s) into a folder",
        description="Validate DRAFT, then write into DIR the signed PDF, the JSON, its "
        ".p7s signature and HOW-TO-VERIFY.txt. The passphrase or PIN is asked for (or read "
        "from the variable named by --passphrase-env), never given on the command line.")
    sign.add_argument("draft", metavar="DRAFT")
    sign.add_argument("--out-dir", required=True, metavar="DIR")
    source = sign.add_mutually_exclusive_group(required=True)
    source.add_argument("--p12", metavar="FILE", help="a PKCS#12 key file (.p12 or .pfx)")
    source.add_argument("--pkcs11-lib", metavar="LIB",
                        help="the PKCS#11 library of a smart card or token")
    source.add_argument("--identity", nargs="?", const="", metavar="FILE",
                        help="the signing identity created with 'identity create' "
                        "(the newest one unless FILE is given)")
    sign.add_argument("--token-label", metavar="L", help="the token's label (with --pkcs11-lib)")
    sign.add_argument("--key-label", metavar="L", help="which key on the token, if several")
    sign.add_argument("--reason", metavar="TEXT", help="the reason shown in the signature")
    sign.add_argument("--language", choices=UN_LANGUAGES,
                      help="language of the PDF (default: the report's)")
    sign.add_argument("--passphrase-env", metavar="VAR",
                      help="read the passphrase or PIN from environment variable VAR")
    _refuse_secrets(sign)
    sign.set_defaults(run=cmd_sign)

    verify = commands.add_parser(
        "verify", allow_abbrev=False, help="check a signed PDF, or a JSON with its .p7s",
        description="Exit 0 only if the signature is intact and nothing was altered "
        "(and, with --trust, the signer chains to ROOT.pem); 1 if broken, altered or "
        "untrusted; 2 if the file cannot be read.")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--trust", action="append", metavar="ROOT.pem",
                        help="a root certificate to trust (may be repeated)")
    verify.add_argument("--format", choices=("text", "json"), default="text")
    verify.set_defaults(run=cmd_verify)

    stamp = commands.add_parser(
        "timestamp", allow_abbrev=False,
        help="add a trusted time and validation data to a signed PDF (online)",
        description="Upgrade a signed PDF to PAdES B-T/B-LTA with a document timestamp from "
        "the timestamp authority at URL, without re-signing. The only command that uses "
        "the network.")
    stamp.add_argument("file", metavar="FILE")
    stamp.add_argument("--tsa", required=True, metavar="URL")
    stamp.add_argument("--output", "-o", metavar="OUT.pdf",
                       help="write here instead of updating FILE in place")
    stamp.add_argument("--trust", action="append", metavar="ROOT.pem")
    stamp.set_defaults(run=cmd_timestamp)

    identity = commands.add_parser("identity", allow_abbrev=False,
                                   help="create or list signing identities")
    actions = identity.add_subparsers(dest="action", metavar="ACTION", required=True,
                                      parser_class=type(identity))
    create = actions.add_parser(
        "create", allow_abbrev=False,
        help="create a key and self-signed certificate in your name",
        description="For an official with no government certificate: a key and self-signed "
        "certificate, kept encrypted in the user data folder. Confirm the printed "
        "fingerprint with the recipient by telephone or letter.")
    create.add_argument("--name", required=True, metavar="N")
    create.add_argument("--organization", required=True, metavar="O")
    create.add_argument("--state", required=True, metavar="ISO3")
    create.add_argument("--key", choices=("rsa", "ec"), default="rsa",
                        help="RSA-3072 (default) or elliptic curve P-256")
    create.add_argument("--passphrase-env", metavar="VAR")
    _refuse_secrets(create)
    create.set_defaults(run=cmd_identity_create)
    listing = actions.add_parser("list", allow_abbrev=False,
                                 help="list the identities on this computer")
    listing.set_defaults(run=cmd_identity_list)
