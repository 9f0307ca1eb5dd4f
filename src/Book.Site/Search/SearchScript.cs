using System.Buffers;

namespace Book.Site.Search;

/// <summary>
/// The bytes of <c>search/index.js</c>: the index and store JSON inside one single-quoted JS string handed to
/// <c>JSON.parse</c>. Inside that literal only backslash, quote and the two JS line terminators JSON leaves
/// raw (U+2028, U+2029) need escaping. The JSON is megabytes, so it is cut into chunks that are measured,
/// then escaped into one exactly sized array, both in parallel.
/// </summary>
internal static class SearchScript
{
    // Big enough that a chunk is a long vectorised scan, small enough to share out 9 MB over a few cores.
    private const int ChunkBytes = 1 << 20;

    // In UTF-8: backslash, quote, and E2 80 A8 / E2 80 A9 (U+2028, U+2029); other E2 sequences pass through.
    private static readonly SearchValues<byte> NeedsEscape = SearchValues.Create([(byte)'\\', (byte)'\'', 0xE2]);

    public static byte[] Utf8(ReadOnlyMemory<byte> indexJson, ReadOnlyMemory<byte> storeJson, string globalName)
    {
        var head = System.Text.Encoding.UTF8.GetBytes(
            "/* lunr 2.3.9 search index and result store; a script (not JSON) so that search works from file:// */\n" +
            "window." + globalName + "=JSON.parse('{\"index\":");
        var parts = new List<Part> { new(head, false) };
        AddChunks(parts, indexJson);
        parts.Add(new(",\"store\":"u8.ToArray(), false));
        AddChunks(parts, storeJson);
        parts.Add(new("}');\n"u8.ToArray(), false));

        var lengths = new int[parts.Count];
        Parallel.For(0, parts.Count, p => lengths[p] = parts[p].Bytes.Length + (parts[p].Escaped ? Escape(parts[p].Bytes.Span, default, measureOnly: true) : 0));
        var offsets = new int[parts.Count];
        for (var p = 1; p < parts.Count; p++)
        {
            offsets[p] = checked(offsets[p - 1] + lengths[p - 1]);
        }

        var script = GC.AllocateUninitializedArray<byte>(checked(offsets[^1] + lengths[^1]));
        Parallel.For(0, parts.Count, p =>
        {
            var destination = script.AsSpan(offsets[p], lengths[p]);
            if (parts[p].Escaped)
            {
                Escape(parts[p].Bytes.Span, destination, measureOnly: false);
            }
            else
            {
                parts[p].Bytes.Span.CopyTo(destination);
            }
        });
        return script;
    }

    // Chunk ends are moved past UTF-8 continuation bytes, so that no escaped sequence (E2 80 A8) is split.
    private static void AddChunks(List<Part> parts, ReadOnlyMemory<byte> json)
    {
        var span = json.Span;
        var start = 0;
        while (start < span.Length)
        {
            var end = Math.Min(span.Length, start + ChunkBytes);
            while (end < span.Length && (span[end] & 0xC0) == 0x80)
            {
                end++;
            }

            parts.Add(new(json[start..end], true));
            start = end;
        }
    }

    /// <summary>Bytes of the script, copied as they are or escaped. A class: a list of a struct would be left to the JIT by ReadyToRun.</summary>
    private sealed record Part(ReadOnlyMemory<byte> Bytes, bool Escaped);

    /// <summary>Copies <paramref name="json"/> escaped (unless measuring); returns how many bytes escaping adds.</summary>
    private static int Escape(ReadOnlySpan<byte> json, Span<byte> destination, bool measureOnly)
    {
        var added = 0;
        var written = 0;
        while (true)
        {
            var at = json.IndexOfAny(NeedsEscape);
            if (at < 0)
            {
                if (!measureOnly)
                {
                    json.CopyTo(destination[written..]);
                }

                return added;
            }

            var lineTerminator = json[at] == 0xE2 && at + 2 < json.Length && json[at + 1] == 0x80 && json[at + 2] is 0xA8 or 0xA9;
            ReadOnlySpan<byte> replacement = json[at] switch
            {
                (byte)'\\' => "\\\\"u8,
                (byte)'\'' => "\\'"u8,
                _ when !lineTerminator => json.Slice(at, 1),
                _ when json[at + 2] == 0xA8 => "\\u2028"u8,
                _ => "\\u2029"u8,
            };
            var consumed = lineTerminator ? 3 : 1;
            if (!measureOnly)
            {
                json[..at].CopyTo(destination[written..]);
                written += at;
                replacement.CopyTo(destination[written..]);
                written += replacement.Length;
            }

            added += replacement.Length - consumed;
            json = json[(at + consumed)..];
        }
    }
}
