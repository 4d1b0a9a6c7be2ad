#!/usr/bin/env python3
"""Writes the import reader's test files, one per format variant. Run from this folder.

The files are checked in; this script says exactly which bytes each holds and why.
"""

def write(name, text, encoding, bom=b""):
    with open(name, "wb") as f:
        f.write(bom + text.encode(encoding))

# ; + decimal comma + dd.MM.yyyy + Windows-1252 with æøå; the en dash (0x96) exists only in 1252.
write("sales-semicolon-comma-1252.csv",
      "Dato;Fakturanr;Linjenr;Kundenr;Kundenavn;Selger;Varenr;Varegruppe;Antall;Omsetning;Kostpris\r\n"
      "12.01.2025;10001;1;K100;Ærlig Øl & Å – Bryggeri;S1;V-10;Øl;2;1.234,50;800,25\r\n"
      "13.01.2025;10001;2;K100;Ærlig Øl & Å – Bryggeri;S1;V-11;Øl;1;99,90;50\r\n"
      "14.01.2025;10002;1;K200;Blåbær AS;S2;V-20;Bær;-1;-250,00;-100,00\r\n",
      "cp1252")

# , + decimal point + ISO + UTF-8 with BOM; English headers, a contribution (Profit) column.
write("sales-comma-point-iso-utf8bom.csv",
      "Invoice Date,Invoice No,Line,Customer ID,Customer Name,Salesperson,Product,Product Group,Qty,Revenue,Profit\n"
      "2025-01-12,INV-1,1,C1,Søren's Café,A7,P1,Drinks,3,\"1,234.50\",234.5\n"
      "2025-01-13,INV-1,2,C1,Søren's Café,A7,P2,Food,1,1234.50,0.125\n"
      "2025-02-01,INV-2,1,C2,\"Åse, Ørjan & Co\",A8,P1,Drinks,2,99.99,-10.01\n",
      "utf-8", b"\xef\xbb\xbf")

# tab + UTF-16 LE with BOM; Danish headers, d.M.yy dates, decimal comma.
write("sales-tab-utf16.csv",
      "Fakturadato\tFaktura\tLinje\tKundenummer\tKundenavn\tSælger\tProduktnr\tProduktgruppe\tAntal\tBeløb\tDækningsbidrag\r\n"
      "5.1.25\tF-9\t1\tD1\tKøbmand Ærø\tMJ\tX1\tGrønt\t1,5\t1234,50\t200,10\r\n"
      "31.12.24\tF-9\t2\tD1\tKøbmand Ærø\tMJ\tX2\tGrønt\t2\t10,00\t1,00\r\n",
      "utf-16-le", b"\xff\xfe")

# | + ISO-8859-1; no byte in 0x80-0x9F, so it reads the same as Windows-1252 and is reported as iso-8859-1.
write("sales-pipe-latin1.csv",
      "Dato|Kundenr|Kundenavn|Omsetning|DB\n"
      "01.02.2025|K1|Høyskolen på Ås|1 000,50|300,00\n"
      "02.02.2025|K2|Ærfugl Å/S|2,5|1\n",
      "latin-1")

# Quoted fields holding the delimiter, line breaks and doubled quotes; the record after them starts on line 5.
write("sales-quoted-multiline.csv",
      "Dato;Kundenr;Kundenavn;Omsetning\n"
      "12.01.2025;K1;\"Hansen; Olsen & Co\";100,00\n"
      "13.01.2025;K2;\"Linje en\nlinje to \"\"sitat\"\"\";200,00\n"
      "14.01.2025;K3;Enkel;300,00\n",
      "utf-8")

# nb-NO as Excel and .NET write it: U+2212 minus, no-break space and narrow no-break space thousands.
write("sales-nbno-minus-nbsp.csv",
      "Dato;Kundenr;Omsetning;Kostpris\n"
      "12.01.2025;K1;\u22121\u00a0234\u00a0567,89;\u2212100,00\n"
      "13.01.2025;K2;1\u202f234,5;12\n",
      "utf-8")

# Excel serial dates as plain numbers in the date column: 45669 is 12.01.2025.
write("sales-excel-serial.csv",
      "date;customer_id;revenue\n"
      "45669;K1;10,5\n"
      "45670;K2;11\n",
      "utf-8")

# A stray quote inside an unquoted field on line 3.
write("sales-bad-quote.csv",
      "Dato;Kundenr;Kundenavn;Omsetning\n"
      "12.01.2025;K1;Rør 1/2\";100,00\n",
      "utf-8")
