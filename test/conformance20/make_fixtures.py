#!/usr/bin/python3
"""Conformance set 20: formula-rich workbooks written by Python scripts (openpyxl, XlsxWriter).

Run with the Debian packages (apt-get install python3-openpyxl python3-xlsxwriter):

    /usr/bin/python3 test/conformance20/make_fixtures.py

Writes test/conformance20/fixtures/*.xlsx. The files are committed, so CI needs no Python. The output is
deterministic: fixed document properties and every zip entry re-stored with a fixed timestamp.

openpyxl saves every formula with no result; XlsxWriter saves 0 as every formula's result and marks the workbook
fullCalcOnLoad. Either way Excel recalculates on open; the value Excel shows is written next to each formula below.
Functions newer than Excel 2007 (XLOOKUP, TEXTJOIN) are written with the `_xlfn.` prefix, as Excel itself stores
them (without it Excel shows #NAME?).

What each workbook exercises and what the contract says it must give: see the *.test.ts next to this file
(expectations worked out by hand from the contract and from Excel's value of each formula).
"""
import datetime as dt
import importlib.util
import os

import openpyxl
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")

# Set 19's helpers: deterministic zips (normalize), fixed document properties (save_openpyxl), column widths.
_spec = importlib.util.spec_from_file_location("set19_fixtures", os.path.join(HERE, "..", "conformance19", "make_fixtures.py"))
set19 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(set19)
normalize = set19.normalize
widths = set19.widths
FIXED = set19.FIXED

D = dt.date
T = dt.time


def save_openpyxl(wb, name):
    set19.save_openpyxl(wb, name, out=OUT, creator="set20")


def fmt(ws, cells, number_format):
    for c in cells:
        ws[c].number_format = number_format


# ---------------------------------------------------------------------------------------------------------------
# 1. Lookup stripboard (openpyxl; the same rows through XlsxWriter in workbook 4). Cast is a whole-column VLOOKUP
#    into a sheet whose name needs quotes; End is Start + Hours/24 or Start + TIME(); Date is =B(n-1)+1 down a week.
# ---------------------------------------------------------------------------------------------------------------
VL = "=VLOOKUP(H{r},'Cast & Crew'!$A:$B,2,FALSE)"
BOARD_HEADER = ["ID", "Date", "Start", "End", "Hours", "Cast", "Crew", "Cast Code", "Location"]
BOARD = [
    # Excel row: [ID, Date, Start, End, Hours, Cast, Crew, Cast Code, Location]        Excel shows
    # 2
    ["K1", D(2026, 3, 9), T(7, 0), "=C2+E2/24", 8, VL, "Dana Whitfield", "C1", "Studio A"],  # End 15:00, Maya Torres
    # 3
    ["K2", "=B2", T(14, 0), "=C3+TIME(2,30,0)", 2.5, VL, None, "C1", "Studio A"],  # 03-09, 16:30, Maya Torres
    # 4
    ["K3", "=B3+1", T(4, 0), "=C4+E4/24", 6, VL, None, "C1", "Studio A"],  # 03-10, 10:00, Maya Torres
    # 5: the key in lower case (VLOOKUP ignores case)
    ["K4", "=B4", T(10, 0), "=C5+TIME(4,0,0)", 4, VL, "Marco Ruiz", "c2", "Studio A"],  # 03-10, 14:00, Ben Okafor
    # 6
    ["K5", "=B5+1", T(6, 0), "=C6+E6/24", 14, VL, "Dana Whitfield", "C3", "Studio A"],  # 03-11, 20:00, Sam Reyes
    # 7: Start is the previous row's End
    ["K6", "=B6", "=D6", "=C7+TIME(0,15,0)", 0.25, None, "Dana Whitfield", None, "Studio A"],  # 03-11, 20:00, 20:15
    # 8: a code that is not in the list
    ["K7", "=B7+1", T(8, 0), "=C8+E8/24", 3.5, VL, "Marco Ruiz", "C9", "Studio B"],  # 03-12, 11:30, #N/A
    # 9: TEXTJOIN is not computed by the tool
    [
        "K8",
        "=B8",
        T(8, 0),
        "=C9+E9/24",
        2,
        None,
        "=_xlfn.TEXTJOIN(\", \",TRUE,'Cast & Crew'!B5:B6)",  # "Dana Whitfield, Marco Ruiz"
        None,
        "Studio B",
    ],  # 03-12, 10:00
    # 10: C4 is listed below a blank row of 'Cast & Crew' (a whole-column lookup reads past it)
    ["K9", "=B9+1", T(9, 0), "=C10+E10/24", 3, VL, None, "C4", "Studio A"],  # 03-13, 12:00, Lena Voss
    # 11
    ["K10", "=B10", T(11, 30), "=C11+TIME(1,30,0)", 1.5, VL, None, "C4", "Studio A"],  # 03-13, 13:00, Lena Voss
    # 12: the number 7 does not match the text "7" in an exact VLOOKUP
    ["K11", "=B11", T(13, 0), "=C12+E12/24", 2, VL, None, 7, "Studio A"],  # 03-13, 15:00, #N/A
    # 13
    ["K12", "=B12+1", T(7, 0), "=C13+TIME(3,0,0)", 3, VL, None, "C4", "Studio A"],  # 03-14, 10:00, Lena Voss
    # 14
    ["K13", "=B13", "=D13", "=C14+E14/24", 2, VL, None, "C4", "Studio A"],  # 03-14, 10:00, 12:00, Lena Voss
]
PEOPLE_HEADER = ["Code", "Name", "Type", "Role"]
PEOPLE = [
    ["C1", "Maya Torres", "cast", "DET. KANE"],  # row 2
    ["C2", "Ben Okafor", "cast", "TOMMY"],  # row 3
    ["C3", "Sam Reyes", "cast", "DALE"],  # row 4
    ["G1", "Dana Whitfield", "crew", "Gaffer"],  # row 5
    ["G2", "Marco Ruiz", "crew", "Key Grip"],  # row 6
    None,  # row 7 blank
    ["C4", "Lena Voss", "cast", "THE WIDOW"],  # row 8
    ["7", "Iris Calder", "cast", "NURSE"],  # row 9: the code is the text "7"
]


def board_rows():
    """The stripboard rows with the {r} placeholders filled in (Excel row numbers from 2)."""
    out = []
    for i, row in enumerate(BOARD, start=2):
        out.append([v.format(r=i) if isinstance(v, str) and "{r}" in v else v for v in row])
    return out


def openpyxl_lookup_board():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(BOARD_HEADER)
    for r in board_rows():
        ws.append(r)
    for i in range(2, len(BOARD) + 2):
        if ws[f"B{i}"].data_type == "f":
            ws[f"B{i}"].number_format = "yyyy-mm-dd"
        ws[f"D{i}"].number_format = "h:mm"
        if ws[f"C{i}"].data_type == "f":
            ws[f"C{i}"].number_format = "h:mm"
    widths(ws, "ABCDEFGHI")
    people = wb.create_sheet("Cast & Crew")
    people.append(PEOPLE_HEADER)
    for r in PEOPLE:
        people.append(r if r else [])
    widths(people, "ABCD")
    save_openpyxl(wb, "1-openpyxl-lookup-board.xlsx")


def xlsxwriter_lookup_board():
    """Workbook 4: the same stripboard through XlsxWriter: every formula's saved result is 0, fullCalcOnLoad."""
    path = os.path.join(OUT, "4-xlsxwriter-lookup-board.xlsx")
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"author": "set20", "created": FIXED})
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    time_fmt = wb.add_format({"num_format": "h:mm"})
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("Schedule")
    ws.set_column(0, len(BOARD_HEADER) - 1, 16)
    ws.write_row(0, 0, BOARD_HEADER, bold)
    for i, r in enumerate(board_rows(), start=1):
        for j, v in enumerate(r):
            if v is None:
                continue
            col_fmt = date_fmt if j == 1 else time_fmt if j in (2, 3) else None
            if isinstance(v, str) and v.startswith("="):
                ws.write_formula(i, j, v, col_fmt)  # saved result: XlsxWriter's default 0
            elif isinstance(v, (dt.date, dt.time)):
                ws.write_datetime(i, j, v, col_fmt)
            elif isinstance(v, str):
                ws.write_string(i, j, v)
            else:
                ws.write_number(i, j, v)
    people = wb.add_worksheet("Cast & Crew")
    people.write_row(0, 0, PEOPLE_HEADER, bold)
    for i, r in enumerate(PEOPLE, start=1):
        if r:
            for j, v in enumerate(r):
                people.write_string(i, j, v)  # "7" stays text
    wb.close()
    normalize(path)


# ---------------------------------------------------------------------------------------------------------------
# 2. Budget (openpyxl): Day Rates looked up in a rate table (INDEX/MATCH, XLOOKUP, =Rates!B3*1.1), Budget amounts
#    summed from a detail sheet (SUMIF, ROUND(SUMIF), SUMIFS), a SUMPRODUCT the tool does not compute and a
#    SUBTOTAL(9) totals row over it.
# ---------------------------------------------------------------------------------------------------------------
def openpyxl_budget():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(["ID", "Date", "Call", "Wrap", "Cast", "Crew", "Equipment", "Location"])
    ws.append(["B1", D(2026, 3, 16), T(7, 0), T(19, 0), "1, 2", "Dana Whitfield", "Van 1", "Stage 2"])  # row 2
    ws.append(["B2", "=B2+1", T(7, 0), T(15, 0), "1, 3", None, "Van 1", "Stage 2"])  # row 3: 2026-03-17
    ws.append(["B3", "=B3+1", T(8, 0), T(16, 0), "1, 2, 3", None, "Van 1", "Stage 2"])  # row 4: 2026-03-18
    fmt(ws, ["B3", "B4"], "yyyy-mm-dd")
    widths(ws, "ABCDEFGH")

    rates = wb.create_sheet("Rates")
    rates.append(["Grade", "Base Rate"])
    for r in [["Lead", 1000], ["Support", 600], ["Dept Head", 500], ["Tech", 400], ["Vehicle", 300]]:
        rates.append(r)  # rows 2..6

    cast = wb.create_sheet("Cast")
    cast.append(["Cast #", "Name", "Grade", "Day Rate", "Account"])
    # Day Rate: 1000
    cast.append([1, "Maya Torres", "Lead", "=INDEX(Rates!$B$2:$B$6,MATCH(C2,Rates!$A$2:$A$6,0))", "1100 Lead Cast"])
    # Day Rate: 600
    cast.append([2, "Ben Okafor", "Support", "=_xlfn.XLOOKUP(C3,Rates!$A:$A,Rates!$B:$B)", "1200 Supporting Cast"])
    cast.append([3, "Sam Reyes", "Support", "=Rates!B3*1.1", "1200 Supporting Cast"])  # 660 (660.0000000000001)
    widths(cast, "ABCDE", 22)

    crew = wb.create_sheet("Crew")
    crew.append(["Name", "Role", "Hourly Rate", "Account"])
    # Hourly Rate: 50
    crew.append(["Dana Whitfield", "Gaffer", '=INDEX(Rates!B:B,MATCH("Dept Head",Rates!A:A,0))/10', "1300 Electric"])

    equipment = wb.create_sheet("Equipment")
    equipment.append(["Name", "Type", "Day Rate", "Account"])
    equipment.append(
        ["Van 1", "vehicle", '=_xlfn.XLOOKUP("Vehicle",Rates!$A$2:$A$6,Rates!$B$2:$B$6)', "1400 Transport"]
    )  # 300

    detail = wb.create_sheet("Budget Detail")
    detail.append(["Ledger Code", "Line Item", "Units", "Unit Cost", "Extended"])
    for i, r in enumerate(
        [
            ["1100 Lead Cast", "Maya Torres, days", 2, 1000],  # row 2: 2000
            ["1200 Supporting Cast", "Ben Okafor, days", 2, 600],  # row 3: 1200
            ["1200 Supporting Cast", "Sam Reyes, days", 2, 660],  # row 4: 1320
            ["1300 Electric", "Gaffer, hours", 12, 45],  # row 5: 540
            ["1300 Electric", "Genny operator (not booked)", 0, 300],  # row 6: 0
            ["1400 Transport", "Van, days", 2, 300],  # row 7: 600
        ],
        start=2,
    ):
        detail.append(r + [f"=C{i}*D{i}"])
    widths(detail, "ABCDE", 24)

    budget = wb.create_sheet("Budget")
    budget.append(["Account", "Description", "Budget"])
    d = "'Budget Detail'!"
    budget.append(["1100 Lead Cast", "Lead cast", f"=SUMIF({d}$A:$A,A2,{d}$E:$E)"])  # 2000
    budget.append(["1200 Supporting Cast", "Supporting cast", f"=ROUND(SUMIF({d}$A:$A,A3,{d}$E:$E),0)"])  # 2520
    budget.append(["1300 Electric", "Electric", f'=SUMIFS({d}$E:$E,{d}$A:$A,A4,{d}$C:$C,">0")'])  # 540
    budget.append(["1400 Transport", "Vans", f"=SUMPRODUCT(({d}$A$2:$A$7=A5)*{d}$E$2:$E$7)"])  # 600
    budget.append(["TOTAL", None, "=SUBTOTAL(9,C2:C5)"])  # 5660
    widths(budget, "ABC", 24)
    save_openpyxl(wb, "2-openpyxl-budget.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# 3. Post-production deadlines (openpyxl): IDs built with UPPER(LEFT())&"-"&seq, Depends On built with &, Deadlines
#    from EDATE (a month-end clamp), EOMONTH, DATE and WORKDAY.INTL (not computed by the tool), a Status =IF() that
#    cancels a row.
# ---------------------------------------------------------------------------------------------------------------
def openpyxl_deadlines():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(
        ["Task ID", "Task", "Date", "Start", "End", "Resources", "Deadline", "Depends On", "Status"]
        + ["Phase", "Seq", "Keep"]
    )
    idf = '=UPPER(LEFT(J{r},3))&"-"&K{r}'
    status = '=IF(L{r}="N","Cancelled","Planned")'
    rows = [
        # row 2: EDI-1, Deadline 2026-01-31
        ["Assembly cut", D(2026, 1, 30), T(9, 0), T(18, 0), "Ed Vance", "=EOMONTH(C2,0)", None, "Editorial", 1, "Y"],
        # row 3: EDI-2, Deadline EDATE(2026-01-31,1) = 2026-02-28, Depends On EDI-1
        ["Director's cut", D(2026, 3, 2), T(9, 0), T(17, 0), "Ed Vance", "=EDATE(G2,1)", "=A2", "Editorial", 2, "Y"],
        # row 4: EDI-3, Date 2026-03-02, Depends On EDI-2
        ["Picture lock", "=C3", T(15, 0), T(18, 0), "Mara Lind", None, "=A3", "Editorial", 3, "Y"],
        # row 5: SOU-1, Date 2026-03-03, Deadline WORKDAY.INTL(2026-03-02,0,1) = 2026-03-02, Depends On EDI-3
        ["Sound spotting", "=C4+1", T(10, 0), T(12, 0), "Mara Lind", "=_xlfn.WORKDAY.INTL(C3,0,1)", "=A4", "Sound", 1, "Y"],
        # row 6: SOU-2, Date EDATE(2026-03-03,1) = 2026-04-03, Deadline EOMONTH(2026-03-03,0)+3 = 2026-04-03,
        #        Depends On "SOU-1, EDI-2"
        ["Final mix", "=EDATE(C5,1)", T(9, 0), T(19, 0), "Mara Lind", "=EOMONTH(C5,0)+3", '=A5&", "&A3']
        + ["Sound", 2, "Y"],
        # row 7: SOU-3, Date 2026-04-02, Status Cancelled
        ["Temp mix", "=C6-1", T(9, 0), T(17, 0), "Mara Lind", D(2026, 3, 15), "=A4", "Sound", 3, "N"],
        # row 8: VFX-1, Date 2026-04-02, Deadline EDATE(DATE(2026,1,31),2) = 2026-03-31, Depends On SOU-2
        ["VFX review", "=C7", T(10, 0), T(12, 0), "Mara Lind", "=EDATE(DATE(2026,1,31),2)", "=A6", "VFX", 1, "Y"],
        # row 9: VFX-2, Date EOMONTH(2026-04-02,0) = 2026-04-30 (date-only), Deadline DATE(2026,4,30),
        #        Depends On "VFX-1;SOU-3"
        ["Deliverables", "=EOMONTH(C8,0)", None, None, "Ed Vance", "=DATE(2026,4,30)", '=A8&";"&A7', "VFX", 2, "Y"],
    ]
    for i, r in enumerate(rows, start=2):
        ws.append([idf.format(r=i)] + r[:7] + [status.format(r=i)] + r[7:])
        for c in ("C", "G"):
            ws[f"{c}{i}"].number_format = "yyyy-mm-dd"
    widths(ws, "ABCDEFGHIJKL")
    crew = wb.create_sheet("Crew")
    crew.append(["Name", "Role"])
    crew.append(["Ed Vance", "Editor"])
    crew.append(["Mara Lind", "Re-recording Mixer"])
    save_openpyxl(wb, "3-openpyxl-deadlines.xlsx")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    openpyxl_lookup_board()
    openpyxl_budget()
    openpyxl_deadlines()
    xlsxwriter_lookup_board()
