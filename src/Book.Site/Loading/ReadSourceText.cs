using System.Text;
using System.Text.Unicode;
using Book.Core.Diagnostics;

namespace Book.Site.Loading;

/// <summary>
/// Reads a source file as UTF-8. Invalid bytes are reported at their line and column (an editor
/// saved the file in another encoding); the text is still returned, with U+FFFD in their place,
/// so the rest of the file gets checked too.
/// </summary>
public static class ReadSourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        if (Utf8.IsValid(bytes))
        {
            // The common case, checked with the vectorised validator; decoding valid UTF-8 cannot fail.
            return StripBom(Encoding.UTF8.GetString(bytes));
        }

        try
        {
            return StripBom(Strict.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : FirstInvalid(bytes);
            var (line, column) = Position(bytes, offset);
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, displayPath, line, column,
                $"invalid UTF-8 (byte 0x{bytes[Math.Clamp(offset, 0, bytes.Length - 1)]:X2}); save the file as UTF-8");
            return StripBom(Encoding.UTF8.GetString(bytes));
        }
    }

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static int FirstInvalid(byte[] bytes)
    {
        var decoder = Strict.GetDecoder();
        var chars = new char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return bytes.Length - 1;
    }

    /// <summary>1-based line, and column counted in characters of the valid text before the byte.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, Math.Max(0, offset - lineStart)) + 1;
        return (line, column);
    }
}
