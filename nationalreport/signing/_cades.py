"""The JSON signature: a detached CMS SignedData (CAdES-B-B) over the exact bytes of the file.

The same signer as the PDF; the certificate chain goes into SignedData
``certificates`` so that one ``openssl cms -verify`` command checks signature and
chain. Any change to the bytes of the JSON, even whitespace, breaks it: the file
must travel unmodified. Imported lazily: it pulls in pyHanko.
"""

from __future__ import annotations

import asyncio

from nationalreport.signing.errors import SigningFailed
from nationalreport.signing.keys import SigningKey


def sign_bytes(data: bytes, key: SigningKey) -> bytes:
    """DER bytes of the ``.p7s`` for ``data``."""
    try:
        content_info = asyncio.run(key.signer.async_sign_general_data(
            data, "sha256", detached=True, use_cades=True))
    except Exception as exc:  # the token library and pyHanko raise many kinds
        raise SigningFailed(f"The JSON could not be signed ({type(exc).__name__}).") from None
    der: bytes = content_info.dump()
    return der
