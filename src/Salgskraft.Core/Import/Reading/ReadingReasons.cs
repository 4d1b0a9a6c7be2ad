namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Why a file or a value cannot be read, in English, Norwegian and Danish (<c>ReadingReasons.resx</c>, <c>.nb</c>,
/// <c>.da</c>). One method per text, so a call names a text that exists.
/// </summary>
internal static class ReadingReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Import.Reading.ReadingReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    // How a point the file left open was settled: notes beside the detected format, not errors.
    public static ImportReason NoDelimiterFound() => Texts.Of(nameof(NoDelimiterFound));

    public static ImportReason NoDecimalSeparatorSeen(char assumed) => Texts.Of(nameof(NoDecimalSeparatorSeen), assumed);

    public static ImportReason BothDecimalSeparators(int commaValues, int pointValues) =>
        Texts.Of(nameof(BothDecimalSeparators), commaValues, pointValues);

    public static ImportReason NoDatesSeen() => Texts.Of(nameof(NoDatesSeen));

    public static ImportReason DatesInSeveralFormats(string mostCommonPattern) => Texts.Of(nameof(DatesInSeveralFormats), mostCommonPattern);

    public static ImportReason EmptyNumber() => Texts.Of(nameof(EmptyNumber));

    public static ImportReason TwoMinusSigns(string? text) => Texts.Of(nameof(TwoMinusSigns), text);

    public static ImportReason NotANumber(string? text) => Texts.Of(nameof(NotANumber), text);

    public static ImportReason TwoDecimalSeparators(string? text, char separator) => Texts.Of(nameof(TwoDecimalSeparators), text, separator);

    public static ImportReason NotADigit(string? text, char c) => Texts.Of(nameof(NotADigit), text, c);

    public static ImportReason TooManyDigits(string? text) => Texts.Of(nameof(TooManyDigits), text);

    public static ImportReason NotAWholeNumber(string? text) => Texts.Of(nameof(NotAWholeNumber), text);

    public static ImportReason EmptyDate() => Texts.Of(nameof(EmptyDate));

    public static ImportReason ExcelLeapDay1900(string? text) => Texts.Of(nameof(ExcelLeapDay1900), text);

    public static ImportReason ExcelSerialOutOfRange(string? text, int max) => Texts.Of(nameof(ExcelSerialOutOfRange), text, max);

    public static ImportReason EmptyYesNo() => Texts.Of(nameof(EmptyYesNo));

    public static ImportReason NotYesNo(string? text) => Texts.Of(nameof(NotYesNo), text);

    public static ImportReason BadGrouping(string? text, char decimalSeparator, char groupSeparator) =>
        Texts.Of(nameof(BadGrouping), text, decimalSeparator, groupSeparator);

    public static ImportReason NotADate(string? text, string pattern) => Texts.Of(nameof(NotADate), text, pattern);

    public static ImportReason InvalidDate(string? text, string pattern) => Texts.Of(nameof(InvalidDate), text, pattern);

    public static ImportReason NotAnExcelSerial(string? text) => Texts.Of(nameof(NotAnExcelSerial), text);

    public static ImportReason InvalidExcelSerialDate(string? text) => Texts.Of(nameof(InvalidExcelSerialDate), text);

    // The CSV reader.
    public static ImportReason TooManyFields(int maxFields) => Texts.Of(nameof(TooManyFields), maxFields);

    public static ImportReason UnclosedQuote(int column, long line) => Texts.Of(nameof(UnclosedQuote), column, line);

    public static ImportReason QuotedFieldTooLong(int column, int maxChars) => Texts.Of(nameof(QuotedFieldTooLong), column, maxChars);

    public static ImportReason TextAfterClosingQuote(char c, int column) => Texts.Of(nameof(TextAfterClosingQuote), c, column);

    public static ImportReason QuoteInUnquotedField(int column) => Texts.Of(nameof(QuoteInUnquotedField), column);

    public static ImportReason FieldTooLong(int column, int maxChars) => Texts.Of(nameof(FieldTooLong), column, maxChars);

    public static ImportReason NulCharacter() => Texts.Of(nameof(NulCharacter));

    public static ImportReason InvalidBytes(long line, string encodingName) => Texts.Of(nameof(InvalidBytes), line, encodingName);

    public static ImportReason FileUnreadable(string message) => Texts.Of(nameof(FileUnreadable), message);

    // Rows of the session.
    public static ImportReason FieldCountMismatch(int fields, int headerWidth) => Texts.Of(nameof(FieldCountMismatch), fields, headerWidth);

    public static ImportReason ValueWithoutHeader() => Texts.Of(nameof(ValueWithoutHeader));

    public static ImportReason RequiredEmpty(string field) => Texts.Of(nameof(RequiredEmpty), field);

    // The xlsx reader; sizes in MB come preformatted (one decimal at most, invariant), as the English always wrote them.
    public static ImportReason XlsxNoSheets() => Texts.Of(nameof(XlsxNoSheets));

    public static ImportReason XlsxNoSuchSheet(string? sheet, string sheets) => Texts.Of(nameof(XlsxNoSuchSheet), sheet, sheets);

    public static ImportReason XlsxDamaged(string message) => Texts.Of(nameof(XlsxDamaged), message);

    public static ImportReason XlsxSheetUnreadable(long lastRow, string message) => Texts.Of(nameof(XlsxSheetUnreadable), lastRow, message);

    public static ImportReason XlsxTooManyColumns(int column, int maxColumns) => Texts.Of(nameof(XlsxTooManyColumns), column, maxColumns);

    public static ImportReason XlsxTooManyParts(int parts, int maxParts) => Texts.Of(nameof(XlsxTooManyParts), parts, maxParts);

    public static ImportReason XlsxPartTooLarge(string part, string megabytes, string limitMegabytes) =>
        Texts.Of(nameof(XlsxPartTooLarge), part, megabytes, limitMegabytes);

    public static ImportReason XlsxTooLarge(string limitMegabytes) => Texts.Of(nameof(XlsxTooLarge), limitMegabytes);

    public static ImportReason XlsxNotZip(string message) => Texts.Of(nameof(XlsxNotZip), message);

    public static ImportReason XlsxFileTooLarge(long limitMegabytes) => Texts.Of(nameof(XlsxFileTooLarge), limitMegabytes);

    // Opening a file.
    public static ImportReason EmptyFile() => Texts.Of(nameof(EmptyFile));

    public static ImportReason OldOfficeBinary() => Texts.Of(nameof(OldOfficeBinary));

    public static ImportReason XlsxNameButNotZip() => Texts.Of(nameof(XlsxNameButNotZip));

    public static ImportReason NotText(string encodingName) => Texts.Of(nameof(NotText), encodingName);

    public static ImportReason NotADelimiter(char delimiter) => Texts.Of(nameof(NotADelimiter), delimiter);

    public static ImportReason NoSuchHeaderLine(long line) => Texts.Of(nameof(NoSuchHeaderLine), line);

    public static ImportReason NoHeaderLine() => Texts.Of(nameof(NoHeaderLine));

    public static ImportReason NulByte(int offset) => Texts.Of(nameof(NulByte), offset);

    public static ImportReason UnknownEncoding(string name) => Texts.Of(nameof(UnknownEncoding), name);

    // Matching headers to fields; headers found are a list of quoted headers, or a text of their own when there are none.
    public static ImportReason NotAField(string field, string kind, string fields) => Texts.Of(nameof(NotAField), field, kind, fields);

    public static ImportReason MappingSyntax() => Texts.Of(nameof(MappingSyntax));

    public static ImportReason NoSuchColumn(string header, string headersFound) => Texts.Of(nameof(NoSuchColumn), header, headersFound);

    public static ImportReason NoSuchColumnNoHeaders(string header) => Texts.Of(nameof(NoSuchColumnNoHeaders), header);

    public static ImportReason AmbiguousColumn(string header) => Texts.Of(nameof(AmbiguousColumn), header);

    public static ImportReason ColumnMappedTwice(string header, string firstField, string secondField) =>
        Texts.Of(nameof(ColumnMappedTwice), header, firstField, secondField);

    public static ImportReason TwoColumnsMatch(string first, string second, string field) => Texts.Of(nameof(TwoColumnsMatch), first, second, field);

    public static ImportReason RequiredColumnMissing(string field, string headersFound) => Texts.Of(nameof(RequiredColumnMissing), field, headersFound);

    public static ImportReason RequiredColumnMissingNoHeaders(string field) => Texts.Of(nameof(RequiredColumnMissingNoHeaders), field);

    public static ImportReason ExclusiveColumns(string field, string header, string otherField, string otherHeader) =>
        Texts.Of(nameof(ExclusiveColumns), field, header, otherField, otherHeader);
}
