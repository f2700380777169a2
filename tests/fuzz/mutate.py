"""Mutations of valid files: blind byte edits, and edits that know JSON, PDF and DER.

Every mutation takes its choices from ``pick(n)`` (a number in ``range(n)``), so the
same code serves Hypothesis (``data.draw``), a seeded ``random.Random`` and the
coverage-guided harness. ``mutate(seed, kind, pick)`` applies one to four of them.
Blind edits: a flipped bit or byte, a cut, a deletion, an inserted token, a
repeated or moved block. Structured edits: JSON with wrong types, huge numbers, deep
nesting, another format or version, in other encodings; a PDF with a broken xref,
no ``%%EOF``, a huge ``/Length``, a ``/Prev`` pointing to itself, an object made of
itself, a decompression bomb; DER with a huge declared length, a cut inside an
element, another tag or another OID.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import zlib
from collections.abc import Callable
from typing import Any

Pick = Callable[[int], int]

#: Byte strings worth inserting anywhere: syntax of the three formats, and extremes.
TOKENS = [
    b"\x00", b"\xff", b"\x80", b"\xef\xbb\xbf", b"\r\n", b"\r", b"\n", b"\\", b'"', b"\\u0000",
    b"\\ud800", b"{", b"}", b"[", b"]", b",", b":", b"null", b"1e999", b"-0", b"NaN",
    b"9" * 40, b"[" * 64, b"%PDF-1.7\n", b"%%EOF", b"xref", b"trailer", b"startxref",
    b"obj", b"endobj", b"stream", b"endstream", b" 0 R", b"/Length 99999999999",
    b"/Length -1", b"<<", b">>", b"/Prev 0", b"/ByteRange", b"/Contents", b"(", b")",
    b"\x30\x84\xff\xff\xff\xff", b"\x30\x80", b"\x00\x00", b"\x06\x03\x55\x04\x03",
    b"\x02\x81\xff", b"\xa0\x00", b"\x04\x00",
]

#: Where a structured file's edits matter most (the blind edits aim there half the time).
LANDMARKS: dict[str, list[bytes]] = {
    "json": [b'"format"', b'"format_version"', b'"template"', b'"state"', b'"cycle"',
             b'"language"', b'"answers"', b'"changed"', b'"review"', b'"orphans"', b'"document"',
             b"[", b"{"],
    "pdf": [b"xref", b"trailer", b"startxref", b"%%EOF", b"/ByteRange", b"/Contents",
            b"/Length", b"/Root", b"/Size", b"/Prev", b"/Type", b"/EmbeddedFiles", b"/AcroForm",
            b"/Filter", b" obj", b"stream", b"/Sig", b"/Kids"],
    "der": [b"\x06", b"\x30\x82", b"\x31", b"\xa0", b"\x02\x01", b"\x04\x82", b"\x17\x0d"],
}


def _position(data: bytes, kind: str, pick: Pick) -> int:
    """An offset in ``data``: anywhere, or near a landmark of its format."""
    if not data:
        return 0
    marks = LANDMARKS.get(kind, [])
    if marks and pick(2):
        mark = marks[pick(len(marks))]
        found = [m.start() for m in re.finditer(re.escape(mark), data)][:64]
        if found:
            return min(len(data), max(0, found[pick(len(found))] + pick(33) - 16))
    return pick(len(data) + 1)


def _blind(data: bytes, kind: str, pick: Pick) -> bytes:
    at = _position(data, kind, pick)
    operation = pick(8)
    if operation == 0 and data:  # flip one bit
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ (1 << pick(8))]) + data[at + 1:]
    if operation == 1 and data:  # one byte set to an extreme
        at = min(at, len(data) - 1)
        return data[:at] + bytes([(0x00, 0xFF, 0x7F, 0x80, 0x20)[pick(5)]]) + data[at + 1:]
    if operation == 2:  # cut short
        return data[:at]
    if operation == 3:  # a block deleted
        return data[:at] + data[at + 1 + pick(64):]
    if operation == 4:  # a token inserted
        return data[:at] + TOKENS[pick(len(TOKENS))] + data[at:]
    if operation == 5 and data:  # a block of the file copied elsewhere (a splice)
        start = pick(len(data))
        block = data[start:start + 1 + pick(256)]
        return data[:at] + block + data[at:]
    if operation == 6:  # a block overwritten with the same byte
        return data[:at] + bytes([pick(256)]) * (1 + pick(32)) + data[at + 33:]
    return data + data[pick(len(data) + 1):]  # the tail repeated


# ----------------------------------------------------------------------------- JSON

_RAW = "\x00raw{}\x00"
#: Values that JSON text can hold but no draft should: (value, or raw JSON text).
HOSTILE_VALUES: list[Any] = [
    None, True, False, 0, -1, 2**63, 2**64 + 1, 1.5, -0.0, "", " ", "\u0000", "\u202e",
    "x" * 5000, [], {}, [None], {"": None}, {"code": None}, {"code": "KEN", "name": 3},
    ["1.1", 2], list(range(2000)), {str(i): i for i in range(500)}, "KEN", "2026",
    "nationalreport/draft", "nationalreport/submission", "nationalreport/journal",
    "oda-poa-iti-2026", "oda-poa-iti-2020", 1999, 2101, 2026, 1, 2, 99,
]
RAW_VALUES = ["1" * 5000, "1e999", "-1e999", "NaN", "Infinity", '"\\ud800"', '"\\udfff x"',
              "[" * 5000 + "]" * 5000, "[" * 200 + "]" * 200, '{"a":' * 300 + "1" + "}" * 300,
              "123456789012345678901234567890", "0.1e-99999", '"' + "\\u0000" * 20 + '"']
KEYS = ["format", "format_version", "template", "state", "cycle", "language", "answers",
        "changed", "review", "orphans", "created", "modified", "document", "pid", "host",
        "boot", "draft_path", "recorded", "answers_sha256", "exported"]


def _paths(value: Any, prefix: tuple[Any, ...] = (), limit: int = 400) -> list[tuple[Any, ...]]:
    """Paths to every value inside ``value`` (breadth first, at most ``limit``)."""
    found: list[tuple[Any, ...]] = []
    queue: list[tuple[tuple[Any, ...], Any]] = [(prefix, value)]
    while queue and len(found) < limit:
        path, item = queue.pop(0)
        found.append(path)
        if isinstance(item, dict):
            queue.extend(((*path, k), v) for k, v in item.items())
        elif isinstance(item, list):
            queue.extend(((*path, i), v) for i, v in enumerate(item))
    return found


def _set(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return document


def _json(data: bytes, kind: str, pick: Pick) -> bytes:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return _blind(data, kind, pick)
    raw: list[str] = []
    for _ in range(1 + pick(3)):
        operation = pick(5)
        paths = _paths(document)
        if operation == 0 and isinstance(document, dict):  # a known key given a bad value
            path: tuple[Any, ...] = (KEYS[pick(len(KEYS))],)
            if path[0] == "state" and isinstance(document.get("state"), dict) and pick(2):
                path = ("state", ("code", "name")[pick(2)])
        elif operation == 4:  # a key deleted
            path = paths[pick(len(paths))]
            if path:
                parent = document
                for step in path[:-1]:
                    parent = parent[step]
                del parent[path[-1]]
            continue
        else:
            path = paths[pick(len(paths))]
        if operation == 3:
            raw.append(RAW_VALUES[pick(len(RAW_VALUES))])
            value: Any = _RAW.format(len(raw) - 1)
        else:
            value = copy.deepcopy(HOSTILE_VALUES[pick(len(HOSTILE_VALUES))])
        try:
            document = _set(document, path, value)
        except (KeyError, IndexError, TypeError):
            continue
    text = json.dumps(document, ensure_ascii=bool(pick(2)), indent=(None, 2)[pick(2)])
    for index, value in enumerate(raw):
        text = text.replace(json.dumps(_RAW.format(index)), value)
    return _encode(text, pick)


def _encode(text: str, pick: Pick) -> bytes:
    """JSON text in UTF-8, or in one of the ways a file gets mangled on its travels."""
    utf8 = text.encode("utf-8", "surrogatepass")  # a lone surrogate stays, as in a bad file
    encoding = pick(16)
    if encoding == 1:
        return b"\xef\xbb\xbf" + utf8
    if encoding == 2:
        return utf8.replace(b"\n", b"\r\n")
    if encoding == 3:
        return text.encode("utf-16", "surrogatepass")
    if encoding == 4:
        return text.encode("latin-1", "replace") + b"\xe9"
    if encoding == 5:
        return utf8 + b"\x00" * (1 + pick(8))
    if encoding == 6:
        return utf8 + (b"}", b"garbage", b"\n{}", b"\x1a")[pick(4)]
    if encoding == 7:
        return b" \t\r\n" * (1 + pick(4)) + utf8
    return utf8


# ----------------------------------------------------------------------------- PDF


def _replace_number(data: bytes, pattern: bytes, pick: Pick) -> bytes:
    """One match of ``pattern`` (whose group 1 is a number) given another number."""
    found = list(re.finditer(pattern, data))
    if not found:
        return data
    match = found[pick(len(found))]
    number = (b"0", b"-1", b"99999999999", b"18446744073709551617", b"1e9", b"7",
              str(len(data)).encode(), str(match.start()).encode(), b"1 0 R")[pick(9)]
    return data[:match.start(1)] + number + data[match.end(1):]


@functools.cache
def _bomb() -> bytes:
    """64 MB of JSON text (one object padded with spaces) deflated to about 64 kB."""
    deflate = zlib.compressobj(9)
    megabyte = b" " * (1024 * 1024)
    parts = [deflate.compress(b"{"), *(deflate.compress(megabyte) for _ in range(64)),
             deflate.compress(b"}"), deflate.flush()]
    return b"".join(parts)


def _update(data: bytes, objects: dict[int, bytes], trailer: bytes = b"",
            prev: int | None = None) -> bytes:
    """``data`` with an incremental update: ``objects`` (number: body), a classic xref
    table listing them, and a trailer whose ``/Prev`` is the last xref (or ``prev``)."""
    found = re.findall(rb"startxref\s+(\d+)", data)
    last = int(found[-1]) if found else 0
    out = bytearray(data + b"\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number, offset in sorted(offsets.items()):
        out += f"{number} 1\n{offset:010d} 00000 n \n".encode()
    size = max([*objects, *map(int, re.findall(rb"/Size (\d+)", data)[-1:])], default=0) + 1
    out += (b"trailer\n<< /Size " + str(size).encode() + b" /Root " + _root(data)
            + b" /Prev " + str(last if prev is None else prev).encode() + b" " + trailer
            + b" >>\nstartxref\n" + str(start).encode() + b"\n%%EOF\n")
    return bytes(out)


def _root(data: bytes) -> bytes:
    found = re.findall(rb"/Root (\d+ \d+ R)", data)
    return found[-1] if found else b"1 0 R"


def _embedded_file(data: bytes) -> int:
    found = re.findall(rb"/EF << /F (\d+) 0 R", data)
    return int(found[-1]) if found else 6


def _pdf(data: bytes, kind: str, pick: Pick) -> bytes:
    operation = pick(14)
    if operation == 0:  # startxref pointing elsewhere
        return _replace_number(data, rb"startxref\s+(\d+)", pick)
    if operation == 1:  # a stream's length
        return _replace_number(data, rb"/Length (\d+)", pick)
    if operation == 2:  # the end cut off, or %%EOF removed
        end = data.rfind(b"%%EOF")
        return data[:end] if pick(2) else data.replace(b"%%EOF", b"%%EOX")
    if operation == 3:  # the cross-reference table broken
        return data.replace(b"xref", (b"xxxx", b"xref\n0 99999999999", b"")[pick(3)], 1 + pick(2))
    if operation == 4:  # a /Prev chain that loops on itself
        return _update(data, {}, prev=len(data) + 1)
    if operation == 5:  # objects made of themselves: a field, a page tree, a name tree
        number = int(_root(data).split()[0])
        found = list(re.finditer(rb"\n%d 0 obj\s*(<<.*?>>)\s*endobj" % number, data, re.S))
        catalog = found[-1].group(1) if found else b"<< /Type /Catalog >>"
        key, value = [(b"/AcroForm", b"<< /Fields [900 0 R] >>"), (b"/Pages", b"901 0 R"),
                      (b"/Names", b"<< /EmbeddedFiles 902 0 R >>"), (b"/AF", b"903 0 R")][pick(4)]
        entry = b" " + key + b" " + value + b" "
        catalog = b"<<" + entry + catalog[2:] if pick(2) else catalog[:-2] + entry + b">>"
        return _update(data, {
            number: catalog,
            900: b"<< /FT /Sig /T (loop) /Parent 900 0 R /Kids [900 0 R] /V 903 0 R >>",
            901: b"<< /Type /Pages /Kids [901 0 R] /Count 1 /Parent 901 0 R >>",
            902: b"<< /Kids [902 0 R] /Names [(submission.json) 903 0 R] >>",
            903: b"903 0 R",
        })
    if operation == 6:  # the signature's byte range
        return _replace_number(data, rb"/ByteRange \[\s*\d+\s+\d+\s+\d+\s+(\d+)", pick)
    if operation == 7:  # the signature's hex content damaged
        contents = re.search(rb"/Contents <([0-9a-fA-F]+)>", data)
        if not contents:
            return _blind(data, "pdf", pick)
        at = contents.start(1) + pick(max(1, contents.end(1) - contents.start(1)))
        return data[:at] + (b"g", b"0", b"", b">")[pick(4)] + data[at + 1:]
    if operation == 8:  # a decompression bomb where the JSON should be, in a later update
        bomb = _bomb()
        return _update(data, {_embedded_file(data): (
            b"<< /Type /EmbeddedFile /Filter /FlateDecode /Length " + str(len(bomb)).encode()
            + b" >>\nstream\n" + bomb + b"\nendstream")})
    if operation == 9:  # the trailer's /Size or /Root
        return _replace_number(data, (rb"/Size (\d+)", rb"/Root (\d+)")[pick(2)], pick)
    if operation == 10:  # a filter this reader may not know, or predictors out of range
        found = list(re.finditer(rb"/FlateDecode", data))
        if not found:
            return _blind(data, "pdf", pick)
        match = found[pick(len(found))]
        other = (b"/LZWDecode", b"/JBIG2Decode", b"/Crypt", b"/NoSuchFilter",
                 b"/FlateDecode /DecodeParms << /Predictor 15 /Columns 99999999 >>")[pick(5)]
        return data[:match.start()] + other + data[match.end():]
    if operation == 11:  # the signature's type
        return data.replace(b"/Type /Sig", (b"/Type /DocTimeStamp", b"/Type /Nope")[pick(2)])
    if operation == 12:  # an object number or generation out of range
        return _replace_number(data, rb"\n(\d+) 0 obj", pick)
    return _blind(data, "pdf", pick)


# ----------------------------------------------------------------------------- DER


def der_elements(data: bytes, limit: int = 300) -> list[tuple[int, int, int]]:
    """(offset, header length, content length) of the DER elements in ``data``."""
    found: list[tuple[int, int, int]] = []

    def walk(start: int, end: int, depth: int) -> None:
        at = start
        while at + 2 <= end and len(found) < limit and depth < 20:
            tag, first = data[at], data[at + 1]
            header = 2
            if tag & 0x1F == 0x1F or first == 0x80:
                return
            if first & 0x80:
                count = first & 0x7F
                if count > 4 or at + 2 + count > end:
                    return
                length = int.from_bytes(data[at + 2:at + 2 + count], "big")
                header += count
            else:
                length = first
            if at + header + length > end:
                return
            found.append((at, header, length))
            if tag & 0x20 or tag == 0x04:
                walk(at + header, at + header + length, depth + 1)
            at += header + length

    walk(0, len(data), 0)
    return found


#: OIDs (encoded contents) to put where another was: data, signedData, envelopedData,
#: md5, sha1, an unknown arc, RSA, ECDSA with SHA-512, and an OID that never ends.
OIDS = [bytes.fromhex(h) for h in (
    "2a864886f70d010701", "2a864886f70d010702", "2a864886f70d010703", "2a864886f70d0205",
    "2b0e03021a", "2a0304050607", "2a864886f70d010101", "2a8648ce3d040304", "2a86ffffffffffff",
)]


def _der(data: bytes, kind: str, pick: Pick) -> bytes:
    elements = der_elements(data)
    if not elements:
        return _blind(data, "der", pick)
    at, header, length = elements[pick(len(elements))]
    operation = pick(7)
    if operation == 0:  # a huge declared length
        huge = (b"\x84\xff\xff\xff\xff", b"\x88\x7f\xff\xff\xff\xff\xff\xff\xff",
                b"\x80", b"\x84\x00\x00\x00\x00")[pick(4)]
        return data[:at + 1] + huge + data[at + header:]
    if operation == 1:  # cut inside an element
        return data[:at + pick(header + length + 1)]
    if operation == 2:  # another tag
        tag = (0x30, 0x31, 0x02, 0x04, 0x05, 0x06, 0xA0, 0x1F, 0x17, 0x18, 0x0C)[pick(11)]
        return data[:at] + bytes([tag]) + data[at + 1:]
    if operation == 3:  # another OID
        oids = [e for e in elements if data[e[0]] == 0x06]
        if oids:
            at, header, length = oids[pick(len(oids))]
            oid = OIDS[pick(len(OIDS))]
            return data[:at] + bytes([0x06, len(oid)]) + oid + data[at + header + length:]
    if operation == 4:  # an element's content removed
        return data[:at + 1] + b"\x00" + data[at + header + length:]
    if operation == 5:  # an element repeated
        chunk = data[at:at + header + length]
        return data[:at] + chunk * (2 + pick(3)) + data[at + header + length:]
    return _blind(data, "der", pick)


STRUCTURED: dict[str, Callable[[bytes, str, Pick], bytes]] = {
    "json": _json, "pdf": _pdf, "der": _der,
}

#: The format of each fuzz target's input.
FORMATS = {"draft": "json", "journal": "json", "json": "json", "pdf": "pdf", "cli": "pdf",
           "p7s": "der", "p12": "der"}


def mutate(seed: bytes, kind: str, pick: Pick) -> bytes:
    """``seed`` after one to four blind or structured edits for its format ``kind``."""
    data = seed
    structured = STRUCTURED.get(kind)
    for _ in range(1 + pick(4)):
        data = structured(data, kind, pick) if structured and pick(3) else _blind(data, kind, pick)
    return data
