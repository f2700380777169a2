"""Export: the PDF (PDF/A-3b with the JSON inside) and the JSON submission."""
