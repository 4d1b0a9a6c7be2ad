using Salgskraft.Core.Common;
using System.Text;
using System.Text.Unicode;

namespace Salgskraft.Core.Import.Reading;

/// <summary>The text encoding chosen for a file, with the strict decoder used to read it.</summary>
/// <param name="Encoding">Decodes invalid bytes to <see cref="EncodingDetector.Invalid"/>, so a wrong guess becomes an error on the exact line, not mojibake.</param>
/// <param name="Name">The name reported to the user: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1.</param>
/// <param name="BomLength">Bytes of byte order mark to skip.</param>
internal sealed record EncodingDecision(Encoding Encoding, string Name, int BomLength);

/// <summary>
/// Decides a file's encoding from its first bytes: a BOM if there is one; else strict UTF-8
/// validity; else Windows-1252 (which is ISO-8859-1 plus printable characters in 0x80–0x9F, so both
/// give the same æøå). Windows-1252 needs <see cref="CodePagesEncodingProvider"/>, registered once here.
/// </summary>
internal static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// What an invalid byte decodes to: U+FFFF is a Unicode noncharacter that no real text holds,
    /// so the CSV reader can report the line it is on (an exception from the decoder would only
    /// say which 64 KB block it was in).
    /// </summary>
    public const char Invalid = '\uFFFF';

    public static EncodingDecision Utf8Decision(int bom) => new(Strict(new UTF8Encoding(false)), "utf-8", bom);

    /// <summary>Detects the encoding, or returns the reason the bytes are not text.</summary>
    public static EncodingDecision? Detect(ReadOnlySpan<byte> sample, bool complete, out Reason? error)
    {
        error = null;
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Decision(3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16(bigEndian: false, 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16(bigEndian: true, 2);
        }

        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            // UTF-16 without a BOM: ASCII text has a zero in every other byte.
            var (even, odd) = (0, 0);
            for (var i = 0; i + 1 < sample.Length; i += 2)
            {
                even += sample[i] == 0 ? 1 : 0;
                odd += sample[i + 1] == 0 ? 1 : 0;
            }

            var pairs = sample.Length / 2;
            if (pairs >= 4 && odd >= pairs * 0.7 && even == 0)
            {
                return Utf16(bigEndian: false, 0);
            }

            if (pairs >= 4 && even >= pairs * 0.7 && odd == 0)
            {
                return Utf16(bigEndian: true, 0);
            }

            error = ReadingReasons.NulByte(nul);
            return null;
        }

        if (IsValidUtf8(sample, complete))
        {
            return Utf8Decision(0);
        }

        return ContainsAny0x80To0x9F(sample) ? Windows1252() : Latin1();
    }

    /// <summary>The encoding a user named in an override, or null with the reason.</summary>
    public static EncodingDecision? FromName(string name, ReadOnlySpan<byte> sample, out Reason? error)
    {
        error = null;
        var bom = sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3
            : sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2 : 0;
        switch (name.Trim().ToUpperInvariant().Replace("_", "-", StringComparison.Ordinal))
        {
            case "UTF-8" or "UTF8":
                return Utf8Decision(bom == 3 ? 3 : 0);
            case "UTF-16" or "UTF-16LE" or "UNICODE":
                return Utf16(false, bom == 2 ? 2 : 0);
            case "UTF-16BE":
                return Utf16(true, bom == 2 ? 2 : 0);
            case "WINDOWS-1252" or "CP1252" or "1252":
                return Windows1252();
            case "ISO-8859-1" or "LATIN1" or "LATIN-1":
                return Latin1();
            default:
                error = ReadingReasons.UnknownEncoding(name);
                return null;
        }
    }

    private static EncodingDecision Utf16(bool bigEndian, int bom) =>
        new(Strict(new UnicodeEncoding(bigEndian, false)), bigEndian ? "utf-16be" : "utf-16le", bom);

    private static EncodingDecision Windows1252() =>
        new(Strict(Encoding.GetEncoding(1252)), "windows-1252", 0);

    private static EncodingDecision Latin1() => new(Encoding.Latin1, "iso-8859-1", 0);

    private static Encoding Strict(Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = new DecoderReplacementFallback(Invalid.ToString());
        return strict;
    }

    private static bool ContainsAny0x80To0x9F(ReadOnlySpan<byte> sample)
    {
        foreach (var b in sample)
        {
            if (b is >= 0x80 and <= 0x9F)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strict UTF-8 validity; a sample cut inside a multi-byte character is not held against it.</summary>
    private static bool IsValidUtf8(ReadOnlySpan<byte> sample, bool complete)
    {
        if (Utf8.IsValid(sample))
        {
            return true;
        }

        if (complete)
        {
            return false;
        }

        for (var cut = 1; cut <= 3 && cut < sample.Length; cut++)
        {
            if (Utf8.IsValid(sample[..^cut]))
            {
                return true;
            }
        }

        return false;
    }
}
