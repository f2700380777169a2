"""Constants of the file contract (design.md, "Files") shared by every layer."""

#: The file format written by this program; older versions are migrated on load.
FORMAT_VERSION = 1
DRAFT_FORMAT = "nationalreport/draft"
SUBMISSION_FORMAT = "nationalreport/submission"

#: The report languages the ODA template exists in.
REPORT_LANGUAGES = ("en", "fr", "es")
#: The six UN languages, in which the interface and the PDF may be shown.
UN_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
