#!/usr/bin/python3
"""Conformance set 19: workbooks written by Python (openpyxl, XlsxWriter) the way coordinators' scripts write them.

Run with the Debian packages (apt-get install python3-openpyxl python3-xlsxwriter):

    /usr/bin/python3 test/conformance19/make_fixtures.py

Writes test/conformance19/fixtures/*.xlsx. The files are committed, so CI needs no Python. The output is
deterministic: fixed document properties and every zip entry re-stored with a fixed timestamp.

What each workbook exercises and what the contract says it must give: see the *.test.ts next to this file
(expectations worked out by hand from the contract) and docs/conformance.md "Set 19".
"""
import datetime as dt
import io
import os
import re
import zipfile

import openpyxl
import openpyxl.styles
import xlsxwriter
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
FIXED = dt.datetime(2026, 1, 5, 9, 0, 0)
FIXED_ISO = "2026-01-05T09:00:00Z"


def normalize(path):
    """Re-store every zip entry with a fixed timestamp and fixed core properties (created/modified)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf8")
                text = re.sub(
                    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>" + FIXED_ISO + r"\3", text
                )
                data = text.encode("utf8")
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_openpyxl(wb, name, out=OUT, creator="set19"):
    """Save into `out` (set 20 saves into its own folder with these helpers) with fixed properties, normalized."""
    wb.properties.creator = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(out, name)
    wb.save(path)
    normalize(path)


def widths(ws, cols, width=16):
    for c in cols:
        ws.column_dimensions[c].width = width


D = dt.date
T = dt.time
DT = dt.datetime

# ---------------------------------------------------------------------------------------------------------------
# 1. openpyxl stripboard: date / time objects with openpyxl's default formats, Cast as int and as "1, 4" text,
#    Crew by Name and by Role, the Cast list as an openpyxl Table, Crew as a plain range.
# ---------------------------------------------------------------------------------------------------------------
STRIPBOARD_HEADER = ["Strip ID", "Sc.", "Date", "Start", "End", "Cast", "Crew", "Location", "Pgs"]
STRIPBOARD = [
    # Excel rows 4..16 in the openpyxl file (title row 1, blank row 2, header row 3); rows 2..14 in the XlsxWriter one
    ["S01", "12", D(2026, 3, 2), T(8, 0), T(20, 0), "1, 4", "Marco Ruiz", "Harbor Warehouse", "2 4/8"],
    ["S02", "14", D(2026, 3, 2), T(7, 0), T(19, 0), 3, None, "Harbor Warehouse", "1 2/8"],
    ["S03", "20", D(2026, 3, 3), T(7, 30), T(12, 0), 1, None, "Kane Apartment", "1"],
    ["S04", "21", D(2026, 3, 3), T(7, 0), T(11, 0), 3, None, "Kane Apartment", "4/8"],
    ["S05", "22", D(2026, 3, 3), T(12, 0), T(15, 0), 2, None, "Kane Apartment", "2"],
    ["S06", "23", D(2026, 3, 3), T(14, 0), T(16, 0), 2, None, "Kane Apartment", "1 1/8"],
    ["S07", "24", D(2026, 3, 3), T(16, 0), T(18, 0), 2, None, "Kane Apartment", "3/8"],
    ["S08", "30", D(2026, 3, 4), T(6, 0), T(13, 0), None, "Dana Whitfield; Priya Shah", "Police Station", "3"],
    ["S09", "31", D(2026, 3, 4), T(13, 20), T(20, 1), None, "Dana Whitfield", "Police Station", "2 2/8"],
    ["S10", "40", D(2026, 3, 4), T(13, 20), T(15, 0), None, "Priya Shah", "Harbor Warehouse", "1/8"],
    ["S11", "32", D(2026, 3, 4), T(6, 0), T(14, 0), None, "Marco Ruiz", "Police Station", "1"],
    ["S12", "33", D(2026, 3, 4), T(14, 0), T(20, 0), None, "Key Grip", "Police Station", "1"],
    ["S13", "50", D(2026, 3, 4), T(15, 30), T(17, 0), None, "Priya Shah", "Kane Apartment", "6/8"],
]
CAST_HEADER = ["Cast #", "Actor", "Character"]
CAST = [
    [1, "Maya Torres", "DET. ROSA KANE"],
    [2, "Ben Okafor", "TOMMY"],
    [3, "Sam Reyes", "OFFICER DALE"],
    [4, "Priya Nair", "DR. ELLIS"],
    [5, "Lena Voss", "THE WIDOW"],
]
CREW_HEADER = ["Name", "Role", "Dept"]
CREW = [
    ["Dana Whitfield", "Gaffer", "Electric"],
    ["Marco Ruiz", "Key Grip", "Grip"],
    ["Priya Shah", "Sound Mixer", "Sound"],
]


def openpyxl_stripboard():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    # A merged title row and a blank row above the plain range: the header is row 3.
    ws["A1"] = "THE LONG NIGHT - Shooting Schedule v2 (Pink)"
    ws["A1"].font = openpyxl.styles.Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws.append([])
    ws.append(STRIPBOARD_HEADER)
    for r in STRIPBOARD:
        ws.append(r)  # date -> yyyy-mm-dd, time -> h:mm:ss (openpyxl's defaults)
    widths(ws, "ABCDEFGHI")
    cast = wb.create_sheet("Cast")
    cast.append(CAST_HEADER)
    for r in CAST:
        cast.append(r)
    table = Table(displayName="tblCast", ref="A1:C6")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    cast.add_table(table)
    widths(cast, "ABC")
    crew = wb.create_sheet("Crew")
    crew.append(CREW_HEADER)
    for r in CREW:
        crew.append(r)
    widths(crew, "ABC")
    save_openpyxl(wb, "1-openpyxl-stripboard.xlsx")


def xlsxwriter_constant_memory_stripboard():
    """The same stripboard through XlsxWriter's constant_memory mode: every string is an inline string."""
    path = os.path.join(OUT, "6-xlsxwriter-constant-memory.xlsx")
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    wb.set_properties({"author": "set19", "created": FIXED})
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    time_fmt = wb.add_format({"num_format": "hh:mm"})
    bold = wb.add_format({"bold": True})

    def sheet(name, header, rows):
        ws = wb.add_worksheet(name)
        ws.set_column(0, len(header) - 1, 16)
        ws.write_row(0, 0, header, bold)
        for i, r in enumerate(rows, start=1):
            for j, v in enumerate(r):
                if v is None:
                    continue
                if isinstance(v, dt.date):
                    ws.write_datetime(i, j, v, date_fmt)
                elif isinstance(v, dt.time):
                    ws.write_datetime(i, j, v, time_fmt)
                else:
                    ws.write(i, j, v)

    sheet("Schedule", STRIPBOARD_HEADER, STRIPBOARD)
    sheet("Cast", CAST_HEADER, CAST)
    sheet("Crew", CREW_HEADER, CREW)
    wb.close()
    normalize(path)


# ---------------------------------------------------------------------------------------------------------------
# 2. openpyxl with full datetimes: night shoots past midnight, Deadlines as datetimes (one at exactly 00:00) and as
#    a date, Availability From/To datetimes (a To at exactly 00:00) and dates.
# ---------------------------------------------------------------------------------------------------------------
def openpyxl_datetimes():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(["ID", "Date", "Start", "End", "Cast", "Location", "Deadline"])
    rows = [
        # row 2..10
        ["N1", D(2026, 3, 2), DT(2026, 3, 2, 18, 0), DT(2026, 3, 3, 2, 0), 1, "Harbor Docks", DT(2026, 3, 3, 0, 0)],
        ["N2", D(2026, 3, 2), DT(2026, 3, 2, 19, 0), DT(2026, 3, 3, 3, 0), 3, "Harbor Docks", D(2026, 3, 3)],
        ["N3", D(2026, 3, 3), DT(2026, 3, 3, 16, 0), DT(2026, 3, 3, 23, 0), 1, "Kane Apartment", DT(2026, 3, 3, 23, 0)],
        ["N4", D(2026, 3, 3), DT(2026, 3, 3, 10, 0), DT(2026, 3, 3, 14, 0), 2, "Kane Apartment", None],
        ["N5", D(2026, 3, 4), DT(2026, 3, 4, 7, 0), DT(2026, 3, 4, 12, 0), 2, "Police Station", None],
        # N6, N7: the Date as a datetime at 00:00 (yyyy-mm-dd h:mm:ss), the way pandas writes a Timestamp.
        ["N6", DT(2026, 3, 5, 0, 0), DT(2026, 3, 5, 18, 0), DT(2026, 3, 5, 23, 30), 1, "Harbor Docks", None],
        ["N7", DT(2026, 3, 5, 0, 0), DT(2026, 3, 5, 12, 0), DT(2026, 3, 5, 18, 0), 3, "Harbor Docks", None],
        ["N8", D(2026, 3, 4), DT(2026, 3, 4, 0, 0), DT(2026, 3, 4, 4, 0), 3, "Pier 9", None],
        ["N9", D(2026, 3, 4), DT(2026, 3, 4, 3, 0), DT(2026, 3, 4, 6, 0), 3, "Pier 9", None],
    ]
    for r in rows:
        ws.append(r)  # datetime -> yyyy-mm-dd h:mm:ss, date -> yyyy-mm-dd
    widths(ws, "ABCDEFG", 20)
    cast = wb.create_sheet("Cast")
    cast.append(["Cast #", "Name", "Character"])
    for r in [[1, "Nora Quinn", "MARA"], [2, "Elias Brandt", "THE SKIPPER"], [3, "Rosa Delgado", "INSPECTOR VALE"]]:
        cast.append(r)
    widths(cast, "ABC")
    av = wb.create_sheet("Availability")
    av.append(["Resource", "From", "To", "Kind", "Notes"])
    for r in [
        [2, DT(2026, 3, 3, 8, 0), DT(2026, 3, 4, 0, 0), "unavailable", "other job; free from midnight"],
        ["Nora Quinn", D(2026, 3, 5), D(2026, 3, 5), "Day Off", "date-only To: the whole day"],
        [3, DT(2026, 3, 5, 0, 0), DT(2026, 3, 5, 12, 0), "unavailable", "dentist, morning"],
    ]:
        av.append(r)
    widths(av, "ABCDE", 20)
    save_openpyxl(wb, "2-openpyxl-datetimes.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# 3. openpyxl formulas: saved as <f> with no cached value (openpyxl never computes).
# ---------------------------------------------------------------------------------------------------------------
def openpyxl_formulas():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(["ID", "Date", "Start", "End", "Cast", "Crew", "Location"])
    rows = [
        # row 2..5
        ["F1", D(2026, 3, 2), T(7, 0), "=C2+8/24", 1, "Dana Whitfield", "Studio A"],
        ["F2", D(2026, 3, 2), T(14, 0), T(18, 0), 1, None, "Studio A"],
        ["F3", D(2026, 3, 3), T(5, 30), "=C4+10/24", 1, "Dana Whitfield", "Studio A"],
        ["F4", "=B4+1", T(8, 0), T(10, 0), 2, "Leo Park", "Studio A"],
    ]
    for r in rows:
        ws.append(r)
    for cell in ("D2", "D4"):
        ws[cell].number_format = "h:mm"
    ws["B5"].number_format = "yyyy-mm-dd"
    widths(ws, "ABCDEFG")
    cast = wb.create_sheet("Cast")
    cast.append(["Cast #", "Actor", "Day Rate", "Account"])
    cast.append([1, "Maya Torres", 1000, "Cast"])
    cast.append([2, "Ben Okafor", None, None])
    crew = wb.create_sheet("Crew")
    crew.append(["Name", "Role", "Day Rate", "Account"])
    crew.append(["Dana Whitfield", "Gaffer", 500, "Crew"])
    crew.append(["Leo Park", "Best Boy", None, None])
    budget = wb.create_sheet("Budget")
    budget.append(["Account", "Description", "Budget"])
    budget.append(["Cast", "Principal cast", "=1500+400"])
    budget.append(["Crew", "Electric", 1000])
    widths(budget, "ABC")
    save_openpyxl(wb, "3-openpyxl-formulas.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# 4. XlsxWriter: write_datetime with num_format, numbers as floats, an Excel table (add_table) under a merged title
#    row, a Wrap formula with XlsxWriter's default cached 0 and one given its value.
# ---------------------------------------------------------------------------------------------------------------
def xlsxwriter_board():
    path = os.path.join(OUT, "4-xlsxwriter-board.xlsx")
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"author": "set19", "created": FIXED})
    title = wb.add_format({"bold": True, "font_size": 14})
    date_fmt = wb.add_format({"num_format": "ddd d mmm yyyy"})
    time_fmt = wb.add_format({"num_format": "h:mm AM/PM"})
    ws = wb.add_worksheet("Shooting Schedule")
    ws.merge_range("A1:H1", "HARBOR LIGHTS - Shooting Schedule (White)", title)
    ws.set_column(0, 7, 16)
    header = ["ID", "Shoot Date", "Call", "Wrap", "Cast", "Crew", "Location", "Pgs"]
    d1, d2 = D(2026, 4, 6), D(2026, 4, 7)
    rows = [
        # Excel rows 4..9 (title row 1, blank row 2, table header row 3)
        ["H1", d1, T(7, 0), T(12, 0), 1.0, "Sam Ortiz", "Lighthouse", 1.5],
        ["H2", d1, T(11, 0), ("=C5+3/24", 14 / 24), "1, 2", None, "Lighthouse", 0.375],
        ["H3", d1, T(8, 0), ("=C6+10/24", None), 3.0, None, "Lighthouse", 2.0],
        ["H4", d2, T(5, 30), T(11, 0), 3.0, None, "Lighthouse", 1.25],
        ["H5", d2, T(11, 0), T(13, 0), 2.0, "Kit Moreau", "Lighthouse", 0.5],
        ["H6", d2, T(13, 20), T(15, 0), None, "Boom Op", "Beach Road", 0.125],
    ]
    first = 3  # zero-based row of the first data row (Excel row 4)
    ws.add_table(2, 0, 2 + len(rows), len(header) - 1, {"name": "tblBoard", "columns": [{"header": h} for h in header]})
    for i, r in enumerate(rows):
        row = first + i
        for j, v in enumerate(r):
            if v is None:
                continue
            if isinstance(v, tuple):
                formula, value = v
                if value is None:
                    ws.write_formula(row, j, formula, time_fmt)  # cached value: XlsxWriter's default 0
                else:
                    ws.write_formula(row, j, formula, time_fmt, value)
            elif isinstance(v, dt.date):
                ws.write_datetime(row, j, v, date_fmt)
            elif isinstance(v, dt.time):
                ws.write_datetime(row, j, v, time_fmt)
            elif isinstance(v, float):
                ws.write_number(row, j, v)
            else:
                ws.write_string(row, j, v)
    cast = wb.add_worksheet("Cast")
    cast.write_row(0, 0, ["No.", "Actor", "Character"])
    for i, r in enumerate([[1.0, "Iris Calder", "KEEPER"], [2.0, "Tom Hale", "FERRYMAN"], [3.0, "June Park", "ADA"]]):
        cast.write_row(i + 1, 0, r)
    crew = wb.add_worksheet("Crew")
    crew.write_row(0, 0, ["Name", "Role"])
    crew.write_row(1, 0, ["Sam Ortiz", "1st AC"])
    crew.write_row(2, 0, ["Kit Moreau", "Boom Op"])
    wb.close()
    normalize(path)


# ---------------------------------------------------------------------------------------------------------------
# 5. pandas-like shape through openpyxl: header in row 1, an unnamed index column on the left, every number a float
#    (dates as bare serials 46083.0 with no number format, times as bare fractions), None cells, booleans.
# ---------------------------------------------------------------------------------------------------------------
def serial(d):
    return float((d - D(1899, 12, 30)).days)


def frac(h, m=0):
    return (h * 60 + m) / 1440.0


def openpyxl_pandas_like():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append([None, "Scene", "Date", "Start", "End", "Cast", "Location"])
    rows = [
        # row 2..6
        [0, 1.0, serial(D(2026, 3, 2)), frac(7), frac(17), 1.0, "Mill House"],
        [1, 2.0, serial(D(2026, 3, 2)), frac(16), frac(19), "1, 2", "Mill House"],
        [2, 3.0, serial(D(2026, 3, 3)), frac(6, 30), frac(12), 1.0, None],
        [3, 4.0, serial(D(2026, 3, 16)), frac(8), frac(18), 1.0, "Mill House"],
        [4, 5.0, serial(D(2026, 3, 17)), frac(7), frac(12), "1, 2", "Mill House"],
    ]
    for r in rows:
        ws.append(r)
    cast = wb.create_sheet("Cast")
    cast.append([None, "Cast ID", "Name", "Allow Drop"])
    cast.append([0, 1.0, "Ada Winter", True])
    cast.append([1, 2.0, "Cole Barrow", False])
    save_openpyxl(wb, "5-openpyxl-pandas-like.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# 7. openpyxl durations: Duration cells as datetime.timedelta (openpyxl stores days with `[hh]:mm:ss`), next to a
#    plain number of hours and the text `1:30`.
# ---------------------------------------------------------------------------------------------------------------
def openpyxl_durations():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(["ID", "Date", "Start", "Duration", "Cast", "Location"])
    td = dt.timedelta
    rows = [
        # row 2..7
        ["T1", D(2026, 3, 2), T(6, 0), td(hours=8), 1, "Stage 4"],
        ["T2", D(2026, 3, 2), T(13, 0), td(hours=2, minutes=30), 1, "Stage 4"],
        ["T3", D(2026, 3, 2), T(15, 30), 5.5, 1, "Stage 4"],
        ["T4", D(2026, 3, 3), T(8, 0), td(hours=1), 1, "Stage 4"],
        ["T5", D(2026, 3, 3), T(9, 0), td(minutes=90), 2, "Stage 4"],
        ["T6", D(2026, 3, 3), T(10, 0), "1:30", 2, "Stage 4"],
    ]
    for r in rows:
        ws.append(r)
    widths(ws, "ABCDEF")
    cast = wb.create_sheet("Cast")
    cast.append(["Cast #", "Name"])
    cast.append([1, "Ada Winter"])
    cast.append([2, "Cole Barrow"])
    save_openpyxl(wb, "7-openpyxl-durations.xlsx")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    openpyxl_stripboard()
    openpyxl_datetimes()
    openpyxl_formulas()
    xlsxwriter_board()
    openpyxl_pandas_like()
    xlsxwriter_constant_memory_stripboard()
    openpyxl_durations()
