#!/usr/bin/python3
"""Conformance set 21: two exploration rounds' realistic workbooks, kept as regression tests.

Round 1 (r1-*): a coordinator's workbooks written with openpyxl (a Movie Magic style one-liner, a UK schedule with
day-first text dates, two units, a commercial, a documentary travel schedule, an accountant's budget, cast avails
from a casting office, a two-row header, a stripboard Excel table, prep work orders, a night call sheet) and three
one-header variants (r1-02v, r1-10v, r1-11v).
Round 2 (r2-*): workbooks written by scripts and tools (pandas with its defaults, an XlsxWriter call sheet, costs
with Rules and a budget table, DOOD holds and drops, Jira-style priorities, rules at their edges, messy text, XlsxWriter
tables with totals rows, a pandas export, `df.astype(str)`, unlabelled totals rows, a pandas MultiIndex).

The content of each workbook is the explorers' (their gen.py, gen2.py, gen3.py), unchanged; only the output paths
and the deterministic save are this file's. Run with the Debian packages (python3-openpyxl 3.0.9,
python3-xlsxwriter 3.0.2, python3-pandas 1.5.3, whose default .xlsx writer is XlsxWriter):

    /usr/bin/python3 test/conformance21/make_fixtures.py

Writes test/conformance21/fixtures/*.xlsx. The files are committed, so CI needs no Python. Every file is re-stored
with set 19's normalize (fixed core properties and zip timestamps).

What each workbook exercises and what the explorers worked out by hand from the contract: see the *.test.ts next
to this file and docs/conformance.md "Set 21".
"""
import datetime as dt
import importlib.util
import os

import numpy as np
import openpyxl
import pandas as pd
import xlsxwriter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableColumn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")

# Set 19's helpers: deterministic zips (normalize) and fixed document properties (save_openpyxl).
_spec = importlib.util.spec_from_file_location("set19_fixtures", os.path.join(HERE, "..", "conformance19", "make_fixtures.py"))
set19 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(set19)
normalize = set19.normalize

D = dt.date
T = dt.time
DT = dt.datetime
NB = "\u00a0"
nan = np.nan


def out(name):
    return os.path.join(OUT, name)


def save(wb, name):
    set19.save_openpyxl(wb, name, out=OUT, creator="set21")


def sheet(wb, name, rows, first=False):
    ws = wb.active if first else wb.create_sheet(name)
    ws.title = name
    for r in rows:
        ws.append(list(r))
    return ws


# ===================================================================================================================
# Round 1 (/tmp/explore/gen.py)
# ===================================================================================================================


def r1_01_mms_oneliner():
    """Movie Magic style one-liner: the Date only on the first strip of each day, END OF DAY banners, title rows."""
    wb = openpyxl.Workbook()
    sheet(wb, "One-Liner", [
        ["THE LONG WAY HOME - One-Liner"],
        ["Revised Blue Schedule 2/27/2026"],
        [],
        ["Shoot Day #", "Date", "Sheet #", "Scene(s)", "I/E", "Set", "D/N", "Pages", "Cast ID", "Location"],
        [1, "Mon, March 2, 2026", 1, "12, 12A", "INT", "KITCHEN", "D", "1 4/8", "1, 2", "Stage 4"],
        [1, None, 2, "14", "INT", "KITCHEN", "N", "6/8", "1, 3", "Stage 4"],
        ["END OF DAY 1 -- Mon, March 2, 2026 -- 2 2/8 Pages"],
        [2, "Tue, March 3, 2026", 5, "30", "EXT", "BACKYARD", "D", "2", "2, 4", "Maple House"],
        [2, None, 6, "31", "EXT", "BACKYARD", "D", "1/8", "4", "Maple House"],
        ["END OF DAY 2 -- Tue, March 3, 2026 -- 2 1/8 Pages"],
        [3, "Thu, March 5, 2026", 9, "44", "INT", "CAR (PROCESS)", "N", "3/8", "1, 2, 5", "Process Trailer"],
        ["END OF DAY 3 -- Thu, March 5, 2026 -- 3/8 Pages"],
        ["TOTAL: 3 Days -- 4 6/8 Pages"],
    ], first=True)
    sheet(wb, "Cast", [["Cast #", "Character", "Actor"], [1, "JACK", "Tom Reed"], [2, "MARY", "Ana Lopez"],
                       [3, "SHERIFF", "Bo Grant"], [4, "TIMMY", "Leo Park"], [5, "DRIVER", "Sam Ito"]])
    save(wb, "r1-01-mms-oneliner.xlsx")


def r1_02_uk_schedule(start="Start", end="Finish", name="r1-02-uk-schedule.xlsx"):
    """UK production: day-first text dates, 08.00 times, No. / Artist. The variant: "Unit Call" / "Unit Wrap"."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["Day", "Date", start, end, "Sc", "INT/EXT", "Set", "Pgs", "Cast", "Location"],
        [1, "02/03/2026", "08.00", "11.30", "4", "INT", "FLAT", "2 3/8", "1, 2", "Studio A"],
        [1, "02/03/2026", "11.30", "13.00", "5", "INT", "FLAT", "1", "1", "Studio A"],
        [2, "03/03/2026", "07.00", "12.00", "9", "EXT", "PARK", "3", "2", "Hyde Park"],
        [3, "12/03/2026", "18.00", "04.00", "12", "EXT", "BRIDGE", "2", "1, 2", "Tower Bridge"],
        [4, "13/03/2026", "14.00", "20.00", "15", "INT", "PUB", "1 4/8", "1", "The Anchor"],
    ], first=True)
    sheet(wb, "Cast", [["No.", "Character", "Artist", "Agent", "Available From"],
                       [1, "DCI HALE", "Rosa Marsh", "Curtis Brown", None],
                       [2, "DS OKAFOR", "Femi Ade", "Independent", "09/03/2026"]])
    save(wb, name)


def r1_03_two_units():
    """Episodic TV: main and second unit on two sheets, crew by Role, "1st AD" held by two people."""
    wb = openpyxl.Workbook()
    hdr = ["Strip ID", "Ep", "Date", "Call", "Wrap", "Sc", "Set", "Cast", "Crew", "Equipment", "Location"]
    sheet(wb, "Main Unit", [
        hdr,
        ["MU-01", 101, D(2026, 3, 2), "08:00", "12:00", "12", "PRECINCT", "1, 2", "DP, 1st AD", "Technocrane", "Stage 4"],
        ["MU-02", 101, D(2026, 3, 2), "13:00", "18:00", "14", "PRECINCT", "2", "DP, 1st AD", None, "Stage 4"],
        ["MU-03", 102, D(2026, 3, 3), "07:00", "17:00", "12", "HOSPITAL", "1", "DP", None, "Mercy General"],
    ], first=True)
    sheet(wb, "Second Unit", [
        hdr,
        ["2U-01", 101, D(2026, 3, 2), "09:00", "11:00", "20", "STREET", "3", "2nd Unit DP", "Technocrane", "Main St"],
        ["2U-02", 101, D(2026, 3, 2), "11:00", "14:00", "21", "STREET", "1", "2nd Unit DP, 1st AD", None, "Main St"],
    ])
    sheet(wb, "Cast", [["Cast #", "Actor", "Character"], [1, "Dana Cole", "LT. REYES"], [2, "Max Hill", "DET. BURKE"],
                       [3, "Iris Vo", "STUNT DOUBLE"]])
    sheet(wb, "Crew", [["Name", "Position", "Dept"], ["Rob Finch", "DP", "Camera"], ["Jo Park", "1st AD", "AD"],
                       ["Lena Ruiz", "2nd Unit DP", "Camera"], ["Ari Shah", "1st AD", "AD"]])
    sheet(wb, "Equipment", [["Item", "Qty"], ["Technocrane", 1], ["Camera A", 1]])
    save(wb, "r1-03-two-units.xlsx")


def r1_04_commercial():
    """Commercial: crew under department headings, currency rates, a Vehicles sheet with Qty, a Talent sheet."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["Shot", "Date", "Start", "End", "Description", "Talent", "Crew", "Equipment", "Location"],
        ["PRE", D(2026, 3, 9), "06:00", "08:00", "Prelight", None, "Gaffer", "Grip Truck", "Warehouse 9"],
        ["VAN1", D(2026, 3, 9), "06:00", "07:00", "Talent pickup", None, None, "Passenger Van", "Warehouse 9"],
        ["VAN2", D(2026, 3, 9), "06:00", "07:00", "Crew shuttle", None, None, "Passenger Van", "Warehouse 9"],
        ["VAN3", D(2026, 3, 9), "06:30", "07:30", "Client/agency shuttle", None, None, "Passenger Van", "Warehouse 9"],
        ["1-4", D(2026, 3, 9), "08:00", "13:00", "Shots 1-4 hero product", "1", "DP, 1st AC, Gaffer", "Alexa Kit", "Warehouse 9"],
        ["LUNCH -- 13:00-14:00"],
        ["5-8", D(2026, 3, 9), "14:00", "20:30", "Shots 5-8 lifestyle", "1, 2", "DP, 1st AC, Gaffer", "Alexa Kit", "Warehouse 9"],
        ["WRAP", D(2026, 3, 9), "20:30", "22:30", "Wrap out lighting", None, "Gaffer", "Grip Truck", "Warehouse 9"],
        ["9-10", D(2026, 3, 10), "07:00", "12:00", "Shots 9-10 pack shots", None, "DP, Gaffer", "Alexa Kit", "Warehouse 9"],
    ], first=True)
    sheet(wb, "Crew", [
        ["Position", "Name", "Phone", "Email", "Day Rate"],
        ["CAMERA"],
        ["DP", "Ana Silva", "555-0101", "ana@x.com", "$1,500.00"],
        ["1st AC", "Ben Cho", "555-0102", "ben@x.com", "$650"],
        ["GRIP & ELECTRIC"],
        ["Gaffer", "Cal Moss", "555-0103", "cal@x.com", "$700"],
        ["Key Grip", "Dee Ott", "555-0104", "dee@x.com", "$700"],
    ])
    sheet(wb, "Talent", [["ID", "Name", "Role", "Agency"], [1, "Eve Stone", "Mom", "Wilhelmina"], [2, "Kai Stone", "Son", "Wilhelmina"]])
    sheet(wb, "Vehicles", [["Vehicle", "Qty", "Driver"], ["Passenger Van", 2, "Teamster"], ["Grip Truck", 1, "Teamster"]])
    sheet(wb, "Equipment", [["Item", "Qty"], ["Alexa Kit", 1]])
    save(wb, "r1-04-commercial.xlsx")


def r1_05_doc_travel():
    """Documentary travel: a Travel table with drive times in words, a date-only travel day."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["Date", "Start", "End", "Task", "Location", "Crew", "Equipment"],
        [D(2026, 3, 2), "07:00", "09:00", "Interview Dr. Jonsdottir", "Hotel Borg", "Director, DP, Sound", "Camera Kit A"],
        [D(2026, 3, 2), "11:00", "15:00", "Glacier b-roll", "Glacier Lagoon", "Director, DP, Sound", "Camera Kit A"],
        [D(2026, 3, 2), "15:30", "17:00", "Farm visit", "Hofn Farm", "Director, DP, Sound", "Camera Kit A"],
        [D(2026, 3, 3), None, None, "TRAVEL DAY - fly Hofn to Akureyri", "Hofn Airport", "Director, DP, Sound", "Camera Kit A"],
        [D(2026, 3, 4), "09:00", "10:00", "Harbour GVs", "Akureyri Harbour", "DP", "Camera Kit A"],
        [D(2026, 3, 4), "10:30", "12:00", "Town hall interview", "Akureyri Town Hall", "Director, DP, Sound", "Camera Kit A"],
    ], first=True)
    sheet(wb, "Travel", [["From", "To", "Drive Time"],
                         ["Hotel Borg", "Glacier Lagoon", "4h 30m"],
                         ["Glacier Lagoon", "Hofn Farm", "1 hr"],
                         ["Akureyri Harbour", "Akureyri Town Hall", "45 min"]])
    sheet(wb, "Crew", [["Name", "Role"], ["Hanna Berg", "Director"], ["Oli Dax", "DP"], ["Sig Run", "Sound"]])
    sheet(wb, "Equipment", [["Item"], ["Camera Kit A"]])
    save(wb, "r1-05-doc-travel.xlsx")


def r1_06_budget():
    """Accountant's budget: account codes, currency text, number vs text accounts, category rows, a TOTAL row."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["Date", "Call", "Wrap", "Scene", "Cast", "Crew"],
        [D(2026, 3, 2), "07:00", "19:00", "1", "1", "UPM, Camera Operator, Gaffer"],
        [D(2026, 3, 3), "07:00", "19:00", "2", "1", "UPM, Camera Operator, Gaffer"],
        [D(2026, 3, 4), "07:00", "17:00", "3", None, "UPM, Camera Operator"],
    ], first=True)
    sheet(wb, "Budget", [
        ["Acct #", "Description", "Budget"],
        ["1400 CAST"],
        ["1405-00", "Day Players", "$2,500.00"],
        ["2000 PRODUCTION STAFF"],
        [2001, "Unit Production Manager", "$5,000.00"],
        ["3300 CAMERA"],
        ["3300-01", "Camera Operators", "1,500.00 USD"],
        ["3500 ELECTRIC"],
        ["3500-01", "Gaffer", "$2,000"],
        ["TOTAL", "", "$11,000.00"],
    ])
    sheet(wb, "Cast", [["Cast #", "Actor", "Character", "Daily Rate", "Budget Account"], [1, "Lou Park", "NURSE", "$1,200.00", "1405-00"]])
    sheet(wb, "Crew", [["Name", "Position", "Acct", "Day Rate", "Hourly Rate"],
                       ["Pat Kim", "UPM", "2001", "$2,000", None],
                       ["Ray Oduya", "Camera Operator", "3300-01", "$650", None],
                       ["Sol Vega", "Gaffer", "3500-01", None, "$85.00"]])
    save(wb, "r1-06-budget.xlsx")


def r1_07_cast_avails():
    """Cast list with agents and a yearless Unavailable; "Holds & Avails" written by a casting office."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["Date", "Call", "Wrap", "Scene", "Cast"],
        [D(2026, 3, 2), "08:00", "16:00", "1", "1"],
        [D(2026, 3, 3), "08:00", "16:00", "2", "6"],
        [D(2026, 3, 4), "08:00", "16:00", "3", "2"],
        [D(2026, 3, 5), "08:00", "16:00", "4", "5, 6"],
        [D(2026, 3, 6), "08:00", "16:00", "5", "1, 3"],
    ], first=True)
    sheet(wb, "Cast", [["Cast #", "Character", "Actor", "Agent", "Agent Phone", "Unavailable"],
                       [1, "ROSE", "Mia Torres", "CAA", "310-555-0100", None],
                       [2, "HANK", "Joe Brandt", "UTA", "310-555-0101", None],
                       [3, "VERA", "Kim Sato", "WME", "310-555-0102", None],
                       [4, "OTTO", "Lee Marr", "Gersh", "310-555-0103", None],
                       [5, "NELL", "Ada Quinn", "ICM", "310-555-0104", None],
                       [6, "CLEM", "Guy Frost", "APA", "310-555-0105", "3/3, 3/4"]])
    sheet(wb, "Holds & Avails", [["Cast #", "Actor", "From", "To", "Kind", "Notes"],
                                 [2, "Joe Brandt", D(2026, 3, 2), D(2026, 3, 2), "Wardrobe Fitting", None],
                                 [2, "Joe Brandt", D(2026, 3, 3), D(2026, 3, 3), "Travel Day", "flies in from NY"],
                                 [2, "Joe Brandt", D(2026, 3, 5), D(2026, 3, 5), "Hold", None],
                                 [3, "Kim Sato", D(2026, 3, 6), D(2026, 3, 6), "Booked", "on another show"],
                                 [4, "Lee Marr", D(2026, 3, 2), D(2026, 3, 3), "Pencil", None],
                                 [5, "Ada Quinn", D(2026, 3, 5), D(2026, 3, 5), "Unavail.", None]])
    save(wb, "r1-07-cast-avails.xlsx")


def r1_08_two_row_header():
    """A two-row header ("Shoot" over "Date", "Call" over "Time"), freeze panes under it."""
    wb = openpyxl.Workbook()
    ws = sheet(wb, "Schedule", [
        ["Shoot", "Call", "Wrap", "Scene", "Cast", "Location"],
        ["Date", "Time", "Time", "#", "IDs", None],
        [D(2026, 3, 2), "07:00", "12:00", "1", "1", "Stage 1"],
        [D(2026, 3, 2), "11:00", "15:00", "2", "1", "Stage 1"],
        [D(2026, 3, 3), "07:00", "12:00", "3", "2", "Stage 1"],
    ], first=True)
    ws.freeze_panes = "A3"
    sheet(wb, "Cast", [["Cast #", "Actor"], [1, "Al Dune"], [2, "Bea Holt"]])
    save(wb, "r1-08-two-row-header.xlsx")


def r1_09_stripboard_table():
    """Stripboard as an Excel table: weekday Day column, MMS statuses, a notes row, a totals row, validation."""
    wb = openpyxl.Workbook()
    ws = sheet(wb, "Stripboard", [
        ["Day", "Date", "Start", "End", "Scene", "Set", "Pages", "Cast", "Status", "Notes"],
        ["Mon", D(2026, 3, 2), "07:00", "12:00", "1", "LOBBY", "2", "1", "Scheduled", None],
        ["Mon", D(2026, 3, 2), "10:00", "13:00", "2", "LOBBY", "1", "1", "OMIT", "omitted in pink pages"],
        ["Tue", D(2026, 3, 3), "07:00", "12:00", "3", "ROOF", "1 4/8", "1, 2", "Cut", None],
        ["Tue", D(2026, 3, 3), "09:00", "11:00", "4", "ROOF", "4/8", "2", "Moved", "moved to Day 5"],
        ["Wed", D(2026, 3, 4), "07:00", "12:00", "5", "GARAGE", "3", "2", "Shot", None],
        [None, None, None, None, None, None, None, None, None, "NOTE: rain cover = Sc 5 GARAGE"],
        ["Total", None, None, None, None, None, "=SUBTOTAL(109,tblBoard[Pages])", None, None, None],
    ], first=True)
    t = Table(displayName="tblBoard", ref="A1:J8")
    t.totalsRowCount = 1
    ws.add_table(t)
    ws.freeze_panes = "A2"
    dv = DataValidation(type="list", formula1='"Scheduled,OMIT,Cut,Moved,Shot"')
    ws.add_data_validation(dv)
    dv.add("I2:I7")
    sheet(wb, "Cast", [["Cast #", "Actor"], [1, "Al Dune"], [2, "Bea Holt"]])
    save(wb, "r1-09-stripboard-table.xlsx")


def r1_10_prep_workorders(hours="Est. Hours", name="r1-10-prep-workorders.xlsx"):
    """Production office work orders: Est. Hours, text priorities (ASAP), a short name, a bad dependency.
    The variant: the Duration header "Hours"."""
    wb = openpyxl.Workbook()
    sheet(wb, "Work Orders", [
        ["WO #", "Task", "Dept", "Assigned To", "Work Date", "Start", hours, "Due", "Priority", "Depends On", "Status"],
        ["WO-001", "Scout warehouse", "Locations", "Kim Lee", D(2026, 3, 2), "9:00 AM", 3, "3/2/2026", "P1", None, "Done"],
        ["WO-002", "Build set dressing", "Art", "Raj Bose", D(2026, 3, 2), "9:00 AM", 8, "3/3/2026", "High", "WO-001", "In Progress"],
        ["WO-003", "Pull permits", "Locations", "Kim", D(2026, 3, 2), "1:00 PM", "4", "3/2/2026", "ASAP", None, "Open"],
        ["WO-004", "Paint flats", "Art", "Raj Bose", D(2026, 3, 2), "10:00 AM", "2.5", "3/3/2026", "Med", "WO-002", "Open"],
        ["WO-005", "Order catering", "Production", "Kim Lee", D(2026, 3, 4), "10:00 AM", "1", "3/3/2026", "Low", None, "On Hold"],
        ["WO-006", "Book honeywagon", "Production", "Kim Lee", D(2026, 3, 4), "11:00 AM", "1", None, "1 - Urgent", "WO-3", "Open"],
    ], first=True)
    sheet(wb, "Office Staff", [["Name", "Position", "Email"], ["Kim Lee", "Locations Coordinator", "kim@x.com"],
                               ["Raj Bose", "Art PA", "raj@x.com"]])
    save(wb, name)


def r1_11_callsheet_night(call="Crew Call", wrap="Est. Wrap", tokens=("1.JACK, 2.MARY", "1.JACK"),
                          name="r1-11-callsheet-night.xlsx"):
    """Call-sheet style night shoot: Crew Call / Shooting Call / Est. Wrap, "1.JACK" tokens, H/MU.
    The variant: "Call" / "Wrap" and tokens "1, 2"."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["Date", call, "Shooting Call", wrap, "Sc.", "Set", "D/N", "Cast", "Location"],
        [D(2026, 3, 2), "17:00", "18:30", "05:00", "22", "EXT ALLEY", "N", tokens[0], "Alley B"],
        [D(2026, 3, 3), "15:00", "16:00", "23:00", "23", "INT BAR", "N", tokens[1], "Dive Bar"],
    ], first=True)
    sheet(wb, "Cast", [["Cast #", "Actor", "Character", "H/MU"], [1, "Tom Reed", "JACK", 60], [2, "Ana Lopez", "MARY", 90]])
    save(wb, name)


# ===================================================================================================================
# Round 2 (/tmp/explore2/gen.py, gen2.py, gen3.py)
# ===================================================================================================================


def r2_01_pandas_schedule():
    """pandas to_excel with its defaults (index column, datetime64 Date and Deadline, NaN cells)."""
    sched = pd.DataFrame({
        "Scene": [1, 2, 3, 4, 5, 6, 7],
        "Date": pd.to_datetime(["2026-03-02", "2026-03-02", "2026-03-03", "2026-03-03", "2026-03-03", "2026-03-04", "2026-03-04"]),
        "Start": ["07:00:00", "13:00:00", "07:00:00", "10:30:00", "18:00:00", "12:00:00", nan],
        "End": ["12:00:00", "19:00:00", "11:00:00", "14:00:00", "01:30:00", "18:00:00", nan],
        "Cast": ["1, 2", "1", "1", "2, 3", "3", "3", 2],
        "Location": ["Stage 4"] * 7,
        "Shoot Day": [1, 1, 2, 2, 2, nan, nan],
        "Deadline": pd.to_datetime([None, "2026-03-02", None, None, None, None, None]),
        "Notes": [nan, nan, nan, "Rain FX", nan, nan, "Insert, no crew call"],
    })
    cast = pd.DataFrame({
        "Cast #": [1, 2, 3],
        "Name": ["Tom Reed", "Ana Lopez", "Bo Grant"],
        "Character": ["JACK", "MARY", "SHERIFF"],
        "Lead Time": [nan, 30, 45],
        "Allow Drop": [False, True, False],
        "Day Rate": [1000.0, 850.5, nan],
    })
    avail = pd.DataFrame({
        "Resource": [2],
        "From": pd.to_datetime(["2026-03-04 08:00"]),
        "To": pd.to_datetime(["2026-03-04 10:00"]),
        "Kind": ["unavailable"],
        "Notes": ["Doctor"],
    })
    path = out("r2-01-pandas-schedule.xlsx")
    with pd.ExcelWriter(path) as w:
        sched.to_excel(w, sheet_name="Schedule")  # index=True, as the default writes it
        cast.to_excel(w, sheet_name="Cast", index=False)
        avail.to_excel(w, sheet_name="Availability", index=False)
    normalize(path)


def r2_02_xlsxwriter_callsheet():
    """XlsxWriter with formats: a headerless Production sheet, a night shoot, locations with hospitals, deliveries."""
    path = out("r2-02-xlsxwriter-callsheet.xlsx")
    wb = xlsxwriter.Workbook(path)
    bold = wb.add_format({"bold": True, "bg_color": "#DDDDDD", "border": 1})
    fdate = wb.add_format({"num_format": "ddd mm/dd/yy"})
    ftime = wb.add_format({"num_format": "h:mm AM/PM"})
    fdt = wb.add_format({"num_format": "m/d/yyyy h:mm AM/PM"})
    wrap = wb.add_format({"text_wrap": True})
    ws = wb.add_worksheet("Production")
    prod = [("Title", "NIGHT SHIFT"), ("Episode", "104 - Blackout"), ("Director", "R. Vance"), ("Producer", "M. Okafor"),
            ("UPM", "J. Bell"), ("1st AD", "T. Ruiz"), ("Production Office", "Stage 4 Office, 100 Studio Way"),
            ("Phone", "(555) 010-2000"), ("Nearest Hospital", "St. Mary's Medical Center"),
            ("Hospital Address", "450 Stanyan St"), ("Crew Parking", "Lot B"), ("Basecamp", "Lot C"),
            ("Weather", "Clear 64°/48°"), ("Sunrise", T(6, 18)), ("Sunset", T(18, 14)), ("Notes", "Closed set.\nNo visitors.")]
    for i, (k, v) in enumerate(prod):
        ws.write(i, 0, k, bold)
        if isinstance(v, T):
            ws.write_datetime(i, 1, v, ftime)
        else:
            ws.write(i, 1, v, wrap)
    ws = wb.add_worksheet("Schedule")
    hdr = ["Strip ID", "Shoot Day", "Date", "Sc.", "Set", "I/E", "D/N", "Pages", "Cast", "Crew", "Call", "Wrap", "Location", "Equipment"]
    ws.write_row(0, 0, hdr, bold)
    crew = "DP, Gaffer, Key Grip, Key Makeup, 1st AD"
    rows = [
        (101, 1, D(2026, 3, 10), "12", "DINER", "INT", "N", "2 3/8", "1, 2", crew, T(18, 0), T(22, 0), "Lou's Diner", "Technocrane"),
        (102, 1, D(2026, 3, 10), "13", "DINER PARKING LOT", "EXT", "N", "1 1/8", "1, 3", crew, T(22, 30), T(2, 0), "Lou's Diner", ""),
        (103, 2, D(2026, 3, 11), "20", "APARTMENT", "INT", "N", "3", "2", crew, T(17, 0), T(23, 0), "Stage 4", ""),
        (104, 2, D(2026, 3, 11), "21", "APARTMENT", "INT", "N", "4/8", "1, 2", crew, T(23, 0), T(3, 0), "Stage 4", ""),
        (105, 3, D(2026, 3, 12), "30", "ROOFTOP", "EXT", "N", "2", "3", crew, T(19, 0), T(1, 0), "Lou's Diner", "Rain machine"),
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if isinstance(v, D):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), fdate)
            elif isinstance(v, T):
                ws.write_datetime(r, c, v, ftime)
            else:
                ws.write(r, c, v)
    ws = wb.add_worksheet("Cast")
    ws.write_row(0, 0, ["Cast #", "Actor", "Character", "Hair/Makeup", "Phone"], bold)
    for r, row in enumerate([(1, "Tom Reed", "JACK", 60, "555-0101"), (2, "Ana Lopez", "MARY", 90, "555-0102"),
                             (3, "Bo Grant", "SHERIFF", 45, "555-0103")], 1):
        ws.write_row(r, 0, row)
    ws = wb.add_worksheet("Crew")
    ws.write_row(0, 0, ["ID", "Name", "Position", "Dept", "Lead Time", "Phone"], bold)
    for r, row in enumerate([("C1", "Ana Silva", "DP", "Camera", None, "555-0201"), ("C2", "Cal Moss", "Gaffer", "Electric", 60, "555-0202"),
                             ("C3", "Gus Lee", "Key Grip", "Grip", 60, "555-0203"), ("C4", "Hana Ito", "Key Makeup", "Hair/Makeup", 90, "555-0204"),
                             ("C5", "Tim Ruiz", "1st AD", "Production", None, "555-0205")], 1):
        ws.write_row(r, 0, row)
    ws = wb.add_worksheet("Locations")
    ws.write_row(0, 0, ["Location", "Address", "Nearest Hospital", "Hospital Address", "Parking"], bold)
    ws.write_row(1, 0, ["Lou's Diner", "1200 Mission St", "SF General", "1001 Potrero Ave", "Lot D"])
    ws.write_row(2, 0, ["Stage 4", "100 Studio Way", "", "", "Lot B"])
    ws = wb.add_worksheet("Deliveries")
    ws.write_row(0, 0, ["Item", "Quantity", "Needed For", "Needed By", "Delivery", "Vendor"], bold)
    ws.write_row(1, 0, ["Technocrane 30ft", 1, "101"])
    ws.write_datetime(1, 4, DT(2026, 3, 10, 16, 0), fdt)
    ws.write(1, 5, "Chapman")
    ws.write_row(2, 0, ["Rain machine", 1, "105"])
    ws.write_datetime(2, 4, DT(2026, 3, 12, 19, 30), fdt)
    ws.write(2, 5, "FX Co")
    ws.write_row(3, 0, ["Breakaway glass", 4, ""])
    ws.write_datetime(3, 3, DT(2026, 3, 11), fdate)
    ws.write_datetime(3, 4, DT(2026, 3, 10, 12, 0), fdt)
    ws.write(3, 5, "Props R Us")
    wb.close()
    normalize(path)


def r2_03_costs_rules():
    """Accountant's view: rates as text, a Rules table with OT, a budget Excel table with a totals row."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["ID", "Date", "Call", "Wrap", "Description", "Cast", "Crew", "Location"],
        ["S1", D(2026, 3, 2), T(7, 0), T(19, 0), "Sc 1-3", "1, 2", "DP, Gaffer, Best Boy", "Stage 4"],
        ["S2", D(2026, 3, 2), T(6, 0), T(7, 0), "Crew shuttle AM", None, "Driver", "Stage 4"],
        ["S3", D(2026, 3, 2), T(19, 0), T(20, 0), "Crew shuttle PM", None, "Driver", "Stage 4"],
        ["S4", D(2026, 3, 3), T(7, 0), T(15, 0), "Sc 4", "1", "DP, Gaffer, Best Boy", "Stage 4"],
    ], first=True)
    sheet(wb, "Rules", [
        ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days", "Travel Buffer (min)", "OT After (h)", "OT Rate"],
        ["IATSE", 10, 14, 6, 30, 8, 1.5],
        ["Teamsters 399", 10, 16, 6, 30, 10, 2],
    ])
    ws = sheet(wb, "Crew", [
        ["ID", "Name", "Position", "Dept", "Rule Set", "Day Rate", "Hourly Rate", "Account"],
        ["C1", "Ana Silva", "DP", "Camera", "IATSE", "1,200", None, 3300],
        ["C2", "Cal Moss", "Gaffer", "Electric", "IATSE", None, 60, 3400],
        ["C3", "Dee Park", "Driver", "Transport", "Teamsters 399", None, "35.00", "3500 "],
        ["C4", "Max Ray", "Best Boy", "Electric", None, None, 45, "3400"],
    ])
    ws.add_table(Table(displayName="tblCrew", ref="A1:H5"))
    sheet(wb, "Cast", [["Cast #", "Name", "Character", "Day Rate", "Account"], [1, "Tom Reed", "JACK", 1000, 1405],
                       [2, "Ana Lopez", "MARY", 800, 1405]])
    ws = sheet(wb, "Budget", [
        ["Account", "Description", "Budget"],
        [1405, "Day Players", 2500],
        [3300, "Camera", "2,400.00"],
        [3400, "Electric", 2000],
        [3500, "Transport", "600" + NB],
        ["Total", None, "=SUBTOTAL(109,tblBudget[Budget])"],
    ])
    t = Table(displayName="tblBudget", ref="A1:C6", totalsRowCount=1)
    t.tableColumns = [TableColumn(id=1, name="Account", totalsRowLabel="Total"), TableColumn(id=2, name="Description"),
                      TableColumn(id=3, name="Budget", totalsRowFunction="sum")]
    t.autoFilter = None
    ws.add_table(t)
    save(wb, "r2-03-costs-rules.xlsx")


def r2_04_dood_holds():
    """DOOD over 15 shoot days: Allow Drop as Yes/No/Y/TRUE, holds, a fitting, travel, a Rules row with only Drop Days."""
    days = [D(2026, 3, d) for d in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20)]
    castby = {2: "1, 2, 3", 3: "1, 7", 4: "1, 4, 5", 5: "1, 5", 6: "1, 5", 9: "1", 10: "1", 11: "1", 12: "1", 13: "1, 4",
              16: "1, 2, 3, 7", 17: "1, 2", 18: "1", 19: "1", 20: "1, 2"}
    rows = [["Shoot Day", "Date", "Scene", "Cast", "Start", "End"]]
    for i, d in enumerate(days, 1):
        st, en = None, None
        if d.day == 5:
            st, en = T(8, 0), T(20, 0)
        if d.day == 6:
            st, en = T(6, 0), T(12, 0)
        rows.append([i, d, str(100 + i), castby[d.day], st, en])
    rows.append([9, D(2026, 3, 12), "6A", "6", T(7, 0), T(12, 0)])
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", rows, first=True)
    sheet(wb, "Cast", [["Cast #", "Name", "Character", "Allow Drop"],
                       [1, "Tom Reed", "JACK", "No"], [2, "Ana Lopez", "MARY", "Yes"], [3, "Bo Grant", "SHERIFF", "No"],
                       [4, "Leo Park", "TIMMY", "Y"], [5, "Sam Ito", "DRIVER", None], [6, "Kay Dunn", "NURSE", None],
                       [7, "Eve Moss", "JUDGE", True]])
    sheet(wb, "Availability", [["Cast #", "From", "To", "Kind"],
                               [5, D(2026, 3, 1), None, "Travel"],
                               [5, DT(2026, 3, 3, 10), DT(2026, 3, 3, 12), "Fitting"],
                               [5, D(2026, 3, 9), None, "travel"],
                               [5, D(2026, 3, 10), None, "Hold"],
                               [6, DT(2026, 3, 11, 0, 0), DT(2026, 3, 12, 0, 0), "hold"],
                               [6, DT(2026, 3, 12, 14), DT(2026, 3, 12, 20), "Travel"]])
    sheet(wb, "Rules", [["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days", "Drop Days"],
                        ["SAG-AFTRA", None, None, None, 12]])
    save(wb, "r2-04-dood-holds.xlsx")


def r2_05_priorities():
    """Post-production task list: Jira priority words, text and date-time deadlines, a cycle, a cancelled task."""
    wb = openpyxl.Workbook()
    sheet(wb, "Tasks", [
        ["Task ID", "Task", "Assigned To", "Date", "Start", "End", "Priority", "Deadline", "Depends On", "Status"],
        ["T1", "Picture lock", "Kim Lee", D(2026, 3, 16), T(9), T(17), "Critical", "2026-03-16 18:00", None, "In Progress"],
        ["T2", "Turnover to sound", "Kim Lee", D(2026, 3, 17), T(9), T(11), "High", None, "T1", "To Do"],
        ["T3", "Sound spotting", "Sam Ito", D(2026, 3, 17), T(11), T(13), "normal", None, "T2", "To Do"],
        ["T4", "Color session", "Raj Bose", D(2026, 3, 17), T(10, 59), T(18), NB + "2 ", None, "T2", "To Do"],
        ["T5", "VFX pulls", "Lia Chen", D(2026, 3, 16), T(13), T(15), "Urgent", None, "T1", "To Do"],
        ["T6", "Final mix", "Sam Ito", D(2026, 3, 19), T(9), T(17, 5), "High", DT(2026, 3, 19, 17, 0), "T3\nT4", "To Do"],
        ["T7", "Deliverables QC", "Kim Lee", D(2026, 3, 20), None, None, "Low", "3/20/2026", "T6; T5", "To Do"],
        ["T8", "Trailer cut", "Kim Lee", D(2026, 3, 18), T(9), T(12), 4, None, "T9", "To Do"],
        ["T9", "Trailer music", "Sam Ito", D(2026, 3, 18), T(13), T(15), "Medium", None, "T8", "To Do"],
        ["T10", "Archive", "Kim Lee", D(2026, 3, 20), None, None, "Low", None, "T7", "Cancelled"],
        ["T11", "Press kit", "Lia Chen", D(2026, 3, 18), T(9), T(10), "Highest", None, None, "To Do"],
        ["T12", "Dailies sync", "Kim Lee", D(2026, 3, 16), T(16, 30), T(17, 30), "Lowest", None, None, "To Do"],
    ], first=True)
    sheet(wb, "Crew", [["Name", "Position", "Dept"], ["Kim Lee", "Editor", "Post"], ["Raj Bose", "Colorist", "Post"],
                       ["Sam Ito", "Re-recording Mixer", "Sound"], ["Lia Chen", "VFX Supervisor", "VFX"]])
    save(wb, "r2-05-priorities.xlsx")


def r2_06_edges():
    """Every rule at its edge: exact rest, exact day, touching windows, minutes-late deliveries, a 7th day."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["ID", "Date", "Start", "End", "Set", "Cast", "Crew", "Equipment", "Location"],
        ["E01", D(2026, 3, 2), T(7), T(19), "KITCHEN", "1", "DP, Gaffer", "Camera A", "Stage 4"],
        ["E02", D(2026, 3, 3), T(7, 30), T(12), "KITCHEN", "1, 2", "DP", None, "Stage 4"],
        ["E03", D(2026, 3, 3), T(12, 45), T(17), "BACKYARD", "1, 2", "DP", "Camera A", "Maple House "],
        ["E04", D(2026, 3, 3), T(17, 30), T(19), "PIER", "2", "DP", "Camera A", "Pier 39"],
        ["E05", D(2026, 3, 4), T(5), T(14), "KITCHEN", "2", "DP", None, "Stage 4"],
        ["E06", D(2026, 3, 4), T(17, 30), T(19), "KITCHEN", "2", "DP", None, "Stage 4"],
        ["E07", D(2026, 3, 5), T(7), T(12), "PIER", None, "DP", None, "Pier 39"],
        ["E08", D(2026, 3, 6), T(7), T(12), "STREET", "3", "DP", None, "Stage 4"],
        ["E09", D(2026, 3, 7), T(7), T(12), "STREET", "3", "DP", None, "Stage 4"],
        ["E10", D(2026, 3, 8), T(7), T(12), "STREET", "3", "DP", None, "Stage 4"],
    ], first=True)
    sheet(wb, "Cast", [["Cast #", "Name", "Character", "Lead Time"], [1, "Tom Reed", "JACK", 30], [2, "Ana Lopez", "MARY", None],
                       [3, "Bo Grant", "SHERIFF", None]])
    sheet(wb, "Crew", [["ID", "Name", "Position"], ["C1", "Ana Silva", "DP"], ["C2", "Cal Moss", "Gaffer"]])
    sheet(wb, "Equipment", [["Item", "Qty"], ["Camera A", 1]])
    sheet(wb, "Locations", [["Location", "Address", "Unavailable"], ["Stage 4", "100 Studio Way", None],
                            ["Maple House", "12 Maple Ave", None], ["Pier 39", "Pier 39, Embarcadero", "3/5/2026"]])
    sheet(wb, "Travel", [["From", "To", "Minutes"], ["Stage 4", "Maple House", 45], ["Maple House" + NB, "Pier 39", 40]])
    sheet(wb, "Availability", [["Resource", "From", "To", "Kind", "Notes"],
                               ["Ana Lopez", DT(2026, 3, 4, 14), DT(2026, 3, 4, 18), "unavailable", "Doctor"]])
    sheet(wb, "Materials", [["Item", "Needed For", "Delivery", "Vendor"],
                            ["1967 Mustang (picture car)", "E08", DT(2026, 3, 6, 7, 5), "Cars Inc"],
                            ["Rain tower", "E09", "3/7/2026 6:55 AM", "FX Co"],
                            ["Squibs", "E10", DT(2026, 3, 8, 7, 0), "FX Co"]])
    save(wb, "r2-06-edges.xlsx")


def r2_07_messy_text():
    """Spaces, no-break spaces and line breaks in headers, dates, times, tokens and IDs; numbers as text."""
    wb = openpyxl.Workbook()
    sheet(wb, "Schedule", [
        ["Scene" + NB + "#", " Date", "Call Time ", "Wrap" + NB + "Time", "Cast", "Location", "Equipment"],
        ["1", "3/2/2026 ", " 7:00 AM", "12:00 PM", "1\n2", "Stage 4", "Camera A"],
        ["2", "3/2/2026", "11:00 AM", "1:00 PM", " 2 ," + NB + "3 ", "Stage 4", "Camera" + NB + "A"],
        ["3", NB + "3/3/2026", "07:00", "19:00", "1;\n3", "Stage 4", None],
    ], first=True)
    sheet(wb, "Cast", [["Cast #", "Name", "Character", "Lead Time"], ["1", "Tom Reed", "JACK", "30 "],
                       [" 2", "Ana" + NB + "Lopez", "MARY", None], ["3" + NB, "Bo Grant", "SHERIFF", None]])
    sheet(wb, "Equipment", [["Item", "Qty"], ["Camera A ", "1"]])
    save(wb, "r2-07-messy-text.xlsx")


def r2_08_xlsxwriter_tables():
    """XlsxWriter Excel tables with totals rows (a stripboard and the cast list)."""
    path = out("r2-08-xlsxwriter-tables.xlsx")
    wb = xlsxwriter.Workbook(path)
    ftime = wb.add_format({"num_format": "hh:mm"})
    fdate = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws = wb.add_worksheet("Stripboard")
    data = [
        [101, "1", DT(2026, 3, 2), DT(1899, 12, 31, 7, 0), DT(1899, 12, 31, 12, 0), "1 4/8", "1, 2", None],
        [102, "1", DT(2026, 3, 2), DT(1899, 12, 31, 13, 0), DT(1899, 12, 31, 18, 0), "2", "2", "101"],
        [103, "2", DT(2026, 3, 3), DT(1899, 12, 31, 8, 0), DT(1899, 12, 31, 10, 0), "3/8", "1", None],
        [104, "2", DT(2026, 3, 3), DT(1899, 12, 31, 9, 30), DT(1899, 12, 31, 11, 0), "7/8", "1, 2", "103"],
    ]
    ws.add_table(0, 0, len(data) + 1, 7, {
        "name": "tblBoard", "total_row": True,
        "columns": [{"header": "Strip ID", "total_string": "Total"}, {"header": "Shoot Day"}, {"header": "Date", "format": fdate},
                    {"header": "Start", "format": ftime}, {"header": "End", "format": ftime},
                    {"header": "Pages", "total_function": "count"}, {"header": "Cast"}, {"header": "Depends On"}],
    })
    for r, row in enumerate(data, 1):
        ws.write_number(r, 0, row[0])
        ws.write_string(r, 1, row[1])
        ws.write_datetime(r, 2, row[2], fdate)
        ws.write_number(r, 3, (row[3] - DT(1899, 12, 31)).seconds / 86400, ftime)
        ws.write_number(r, 4, (row[4] - DT(1899, 12, 31)).seconds / 86400, ftime)
        ws.write_string(r, 5, row[5])
        ws.write_string(r, 6, row[6])
        if row[7]:
            ws.write_string(r, 7, row[7])
    ws = wb.add_worksheet("Cast")
    ws.add_table(0, 0, 3, 3, {"name": "tblCast", "total_row": True, "data": [[1, "Tom Reed", "JACK", 30], [2, "Ana Lopez", "MARY", 30]],
                              "columns": [{"header": "Cast #", "total_string": "Total"}, {"header": "Name", "total_function": "count"},
                                          {"header": "Character"}, {"header": "Lead Time", "total_function": "sum"}]})
    wb.close()
    normalize(path)


def r2_09_pandas_export():
    """A scheduling script's export through openpyxl: snake_case headers, date-times, float ids with NaN."""
    sched = pd.DataFrame({
        "id": [1, 2, 3, 4, 5],
        "date": [D(2026, 3, 9), D(2026, 3, 9), D(2026, 3, 10), D(2026, 3, 10), D(2026, 3, 10)],
        "start": pd.to_datetime(["2026-03-09 07:00", "2026-03-09 13:00", "2026-03-10 06:00", "2026-03-10 10:00", "2026-03-10 13:30"]),
        "end": pd.to_datetime(["2026-03-09 12:00", "2026-03-09 18:00", "2026-03-10 10:00", "2026-03-10 14:00", "2026-03-10 16:00"]),
        "scene": ["1", "2", "3", "4", "5"],
        "cast_ids": ["1,2", "1", "2", "1,2", "1"],
        "location": ["Stage 4"] * 5,
        "depends_on": [nan, nan, nan, 3, 4],
    })
    people = pd.DataFrame({
        "id": [1, 2, 10], "name": ["Tom Reed", "Ana Lopez", "Kim Lee"], "type": ["cast", "cast", "crew"],
        "role": ["JACK", "MARY", "Script Supervisor"], "lead_time": [45, nan, nan],
        "day_rate": [1200, nan, nan], "hourly_rate": [nan, 50, nan], "account": [nan, nan, nan],
    })
    unav = pd.DataFrame({"resource": [2, "Tom Reed"], "from": pd.to_datetime(["2026-03-10 15:00", "2026-03-09 17:30"]),
                         "to": pd.to_datetime(["2026-03-10 17:00", "2026-03-09 20:00"]), "kind": ["unavailable", "unavailable"]})
    deliv = pd.DataFrame({"item": ["Steadicam rig", "Extra batteries"], "needed_for": [3, nan],
                          "needed_by": pd.to_datetime([None, "2026-03-10"]),
                          "delivery": pd.to_datetime(["2026-03-10 06:10", "2026-03-09 20:00"]), "vendor": ["Tiffen", "Batt Co"]})
    path = out("r2-09-pandas-export.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as w:
        sched.to_excel(w, sheet_name="schedule_export", index=False)
        people.to_excel(w, sheet_name="people", index=False)
        unav.to_excel(w, sheet_name="unavail", index=False)
        deliv.to_excel(w, sheet_name="deliveries", index=False)
    normalize(path)


def r2_10_pandas_astype_str():
    """The same kind of script after df.astype(str): NaN as 'nan', NaT as 'NaT', Timestamps as text."""
    sched = pd.DataFrame({
        "Date": pd.to_datetime(["2026-03-02", "2026-03-02", "2026-03-03"]),
        "Start": pd.to_datetime(["2026-03-02 07:00", "2026-03-02 11:00", pd.NaT]),
        "End": pd.to_datetime(["2026-03-02 12:00", "2026-03-02 15:00", pd.NaT]),
        "Cast": ["1", "1", nan],
        "Crew": [nan, nan, "Kim Lee"],
        "Scene": [1.0, 2.0, nan],
    })
    cast = pd.DataFrame({"Cast #": [1, 2], "Name": ["Tom Reed", "Ana Lopez"], "Lead Time": [nan, 30]})
    crew = pd.DataFrame({"Name": ["Kim Lee"], "Position": ["Script Supervisor"], "Hourly Rate": [nan]})
    path = out("r2-10-pandas-astype-str.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as w:
        sched.astype(str).to_excel(w, sheet_name="Schedule", index=False)
        cast.astype(str).to_excel(w, sheet_name="Cast", index=False)
        crew.astype(str).to_excel(w, sheet_name="Crew", index=False)
    normalize(path)


def r2_11_totals_no_label():
    """Excel tables (XlsxWriter) whose totals rows carry no label, only SUM results with saved values."""
    path = out("r2-11-totals-no-label.xlsx")
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Schedule")
    ws.write_row(0, 0, ["ID", "Date", "Start", "End", "Cast"])
    ws.write_row(1, 0, ["A1", "2026-03-02", "07:00", "12:00", "1"])
    ws.write_row(2, 0, ["A2", "2026-03-02", "11:00", "15:00", "2"])
    ws = wb.add_worksheet("Cast")
    ws.add_table(0, 0, 3, 3, {"name": "tblCast", "total_row": True,
                              "data": [[1, "Tom Reed", "JACK", 250.0], [2, "Ana Lopez", "MARY", 300.0]],
                              "columns": [{"header": "Cast #"}, {"header": "Name"}, {"header": "Character"},
                                          {"header": "Day Rate", "total_function": "sum", "total_value": 550}]})
    ws = wb.add_worksheet("Budget")
    ws.add_table(0, 0, 3, 2, {"name": "tblBudget", "total_row": True, "data": [[1405, "Day Players", 500], [1410, "Overtime", 100]],
                              "columns": [{"header": "Account"}, {"header": "Description"},
                                          {"header": "Budget", "total_function": "sum", "total_value": 600}]})
    wb.close()
    normalize(path)


def r2_12_pandas_multiindex():
    """set_index(["Date", "Shoot Day"]).to_excel(): pandas merges the index cells down columns A and B."""
    df = pd.DataFrame({
        "Date": pd.to_datetime(["2026-03-02"] * 3 + ["2026-03-03"] * 2),
        "Shoot Day": [1, 1, 1, 2, 2],
        "Scene": ["1", "2", "3", "4", "5"],
        "Start": [dt.time(7), dt.time(10), dt.time(14), dt.time(7), dt.time(12)],
        "End": [dt.time(10), dt.time(14), dt.time(18), dt.time(12), dt.time(16)],
        "Cast": ["1", "1, 2", "2", "1", "1, 2"],
    })
    df = df.set_index(["Date", "Shoot Day"])
    cast = pd.DataFrame({"Cast #": [1, 2], "Name": ["Tom Reed", "Ana Lopez"]})
    path = out("r2-12-pandas-multiindex.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as w:
        df.to_excel(w, sheet_name="Schedule")
        cast.to_excel(w, sheet_name="Cast", index=False)
    normalize(path)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    r1_01_mms_oneliner()
    r1_02_uk_schedule()
    r1_02_uk_schedule(start="Unit Call", end="Unit Wrap", name="r1-02v-unit-call.xlsx")
    r1_03_two_units()
    r1_04_commercial()
    r1_05_doc_travel()
    r1_06_budget()
    r1_07_cast_avails()
    r1_08_two_row_header()
    r1_09_stripboard_table()
    r1_10_prep_workorders()
    r1_10_prep_workorders(hours="Hours", name="r1-10v-hours.xlsx")
    r1_11_callsheet_night()
    r1_11_callsheet_night(call="Call", wrap="Wrap", tokens=("1, 2", "1"), name="r1-11v-call.xlsx")
    r2_01_pandas_schedule()
    r2_02_xlsxwriter_callsheet()
    r2_03_costs_rules()
    r2_04_dood_holds()
    r2_05_priorities()
    r2_06_edges()
    r2_07_messy_text()
    r2_08_xlsxwriter_tables()
    r2_09_pandas_export()
    r2_10_pandas_astype_str()
    r2_11_totals_no_label()
    r2_12_pandas_multiindex()
    print("wrote", len(os.listdir(OUT)), "fixtures to", OUT)
