"""Signing and verification: PAdES for the PDF, a detached CMS (CAdES) for the JSON."""
