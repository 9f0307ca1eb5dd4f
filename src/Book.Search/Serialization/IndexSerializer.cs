using System.Text;
using Book.Search.Indexing;
using Book.Search.Js;

namespace Book.Search.Serialization;

/// <summary>
/// Writes an index as <c>JSON.stringify(idx)</c> does with lunr 2.3.9's <c>Index.toJSON</c>: keys
/// version, fields, fieldVectors, invertedIndex (sorted by term), pipeline; no whitespace; JS number and
/// string formatting; object keys in JS enumeration order.
/// </summary>
/// <remarks>
/// The JSON is megabytes (9 MB for the corpus book), and fresh memory is slow to touch the first time, so
/// it is written as UTF-8 straight into one array of the exact size: the output is cut into pieces (runs
/// of field vectors, runs of terms), each piece's length is counted, then each piece is written at its
/// offset, both passes in parallel. The pieces' layout is one generic method per part with a counting and a
/// writing sink. Document refs, which the postings repeat hundreds of thousands of times, are quoted once.
/// </remarks>
public static class IndexSerializer
{
    // Enough pieces to balance two to a few cores; few enough that each is a long sequential write.
    private const int TermPieces = 16;
    private const int VectorPieces = 4;

    public static string Serialize(LunrIndex index) => Encoding.UTF8.GetString(SerializeUtf8(index));

    /// <summary>The same JSON as <see cref="Serialize"/>, as UTF-8: what a site writes.</summary>
    public static byte[] SerializeUtf8(LunrIndex index)
    {
        var layout = new Layout(index);
        var pieces = layout.Pieces();
        var lengths = new long[pieces.Length];
        Parallel.For(0, pieces.Length, p =>
        {
            var sink = new JsonLengthSink();
            layout.Write(pieces[p], ref sink);
            lengths[p] = sink.Length;
        });

        var total = lengths.Sum();
        if (total > Array.MaxLength)
        {
            throw new InvalidOperationException($"the index's JSON would be {total:N0} bytes, more than an array holds");
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)total);
        var offsets = new int[pieces.Length];
        for (var p = 1; p < pieces.Length; p++)
        {
            offsets[p] = offsets[p - 1] + (int)lengths[p - 1];
        }

        Parallel.For(0, pieces.Length, p =>
        {
            var sink = new JsonByteSink(bytes, offsets[p]);
            layout.Write(pieces[p], ref sink);
            if (sink.Position != offsets[p] + lengths[p])
            {
                throw new InvalidOperationException($"index serializer: piece {p} wrote {sink.Position - offsets[p]} bytes, counted {lengths[p]}");
            }
        });

        return bytes;
    }

    /// <summary>A stretch of the output: the head, a run of field vectors, the middle, a run of sorted terms, or the tail.</summary>
    /// <remarks>A class, not a struct: a list of a struct of this assembly is a generic instantiation ReadyToRun leaves to the JIT.</remarks>
    private sealed record Piece(PieceKind Kind, int Start, int End);

    private enum PieceKind
    {
        Head,
        Vectors,
        Middle,
        Terms,
        Tail,
    }

    private sealed class Layout
    {
        private readonly LunrIndex _index;
        private readonly string[] _terms;
        private readonly int[] _keyOrder;
        private readonly byte[][] _fieldKeys;
        private readonly byte[][]? _refFragments;

        public Layout(LunrIndex index)
        {
            _index = index;
            _terms = index.SortedTerms;
            _keyOrder = PostingKeyOrder(index.Fields);
            _fieldKeys = [.. index.Fields.Select(f => Utf8Json.Quoted(f, ":{"u8))];
            _refFragments = index.DocumentRefs?.Select(r => Utf8Json.Quoted(r, ":{}"u8)).ToArray();
        }

        public Piece[] Pieces()
        {
            var pieces = new List<Piece> { new(PieceKind.Head, 0, 0) };
            Split(pieces, PieceKind.Vectors, _index.FieldVectors.Count, VectorPieces);
            pieces.Add(new(PieceKind.Middle, 0, 0));
            Split(pieces, PieceKind.Terms, _terms.Length, TermPieces);
            pieces.Add(new(PieceKind.Tail, 0, 0));
            return [.. pieces];
        }

        public void Write<TSink>(Piece piece, ref TSink json)
            where TSink : struct, IJsonSink
        {
            switch (piece.Kind)
            {
                case PieceKind.Head:
                    json.Raw("{\"version\":"u8);
                    json.String(LunrIndex.Version);
                    json.Raw(",\"fields\":"u8);
                    WriteStringArray(ref json, _index.Fields);
                    json.Raw(",\"fieldVectors\":["u8);
                    break;
                case PieceKind.Vectors:
                    for (var i = piece.Start; i < piece.End; i++)
                    {
                        WriteVector(ref json, i);
                    }

                    break;
                case PieceKind.Middle:
                    json.Raw("],\"invertedIndex\":["u8);
                    break;
                case PieceKind.Terms:
                    for (var i = piece.Start; i < piece.End; i++)
                    {
                        WriteTerm(ref json, i);
                    }

                    break;
                default:
                    json.Raw("],\"pipeline\":"u8);
                    WriteStringArray(ref json, _index.SearchPipeline.Labels);
                    json.Raw("}"u8);
                    break;
            }
        }

        private static void Split(List<Piece> pieces, PieceKind kind, int count, int parts)
        {
            var size = Math.Max(1, (count + parts - 1) / parts);
            for (var start = 0; start < count; start += size)
            {
                pieces.Add(new(kind, start, Math.Min(count, start + size)));
            }
        }

        private void WriteVector<TSink>(ref TSink json, int i)
            where TSink : struct, IJsonSink
        {
            var (fieldRef, vector) = _index.FieldVectors[i];
            json.Raw(i == 0 ? "["u8 : ",["u8);
            json.String(fieldRef);
            json.Raw(",["u8);
            var indices = vector.Indices;
            var values = vector.Values;
            for (var k = 0; k < indices.Length; k++)
            {
                if (k > 0)
                {
                    json.Raw(","u8);
                }

                json.Integer(indices[k]);
                json.Raw(","u8);
                json.Number(values[k]);
            }

            json.Raw("]]"u8);
        }

        private void WriteTerm<TSink>(ref TSink json, int i)
            where TSink : struct, IJsonSink
        {
            var term = _terms[i];
            json.Raw(i == 0 ? "["u8 : ",["u8);
            json.String(term);
            json.Raw(",{"u8);
            var posting = _index.InvertedIndex[term];
            var first = true;
            foreach (var key in _keyOrder)
            {
                if (!first)
                {
                    json.Raw(","u8);
                }

                first = false;
                if (key < 0)
                {
                    json.Raw("\"_index\":"u8);
                    json.Integer(posting.Index);
                    continue;
                }

                json.Raw(_fieldKeys[key]);
                WriteDocuments(ref json, posting.Fields[key]);
                json.Raw("}"u8);
            }

            json.Raw("}]"u8);
        }

        // "ref":{metadata},... ; a ref the builder numbered is written from its pre-quoted fragment.
        private void WriteDocuments<TSink>(ref TSink json, PostingList docs)
            where TSink : struct, IJsonSink
        {
            for (var d = 0; d < docs.Count; d++)
            {
                if (d > 0)
                {
                    json.Raw(","u8);
                }

                var metadata = docs.MetadataAt(d);
                var id = docs.DocIdAt(d);
                if (_refFragments is not null && id >= 0)
                {
                    var fragment = _refFragments[id];
                    json.Raw(metadata is null ? fragment : fragment.AsSpan(0, fragment.Length - 1));
                }
                else
                {
                    json.String(docs.RefAt(d));
                    json.Raw(metadata is null ? ":{}"u8 : ":{"u8);
                }

                if (metadata is not null)
                {
                    WriteMetadata(ref json, metadata);
                    json.Raw("}"u8);
                }
            }
        }

        private static void WriteMetadata<TSink>(ref TSink json, DocumentMetadata metadata)
            where TSink : struct, IJsonSink
        {
            var first = true;
            foreach (var (key, values) in metadata.Values.Entries())
            {
                if (!first)
                {
                    json.Raw(","u8);
                }

                first = false;
                json.String(key);
                json.Raw(":["u8);
                for (var i = 0; i < values.Count; i++)
                {
                    if (i > 0)
                    {
                        json.Raw(","u8);
                    }

                    WriteRawText(ref json, values[i]);
                }

                json.Raw("]"u8);
            }
        }

        // A metadata value is JSON text already (lunr's own formatting, kept from the producer).
        private static void WriteRawText<TSink>(ref TSink json, string text)
            where TSink : struct, IJsonSink
        {
            Span<byte> small = stackalloc byte[64];
            if (Ascii.IsValid(text) && text.Length <= small.Length)
            {
                var written = Encoding.ASCII.GetBytes(text, small);
                json.Raw(small[..written]);
                return;
            }

            json.Raw(Encoding.UTF8.GetBytes(text));
        }

        private static void WriteStringArray<TSink>(ref TSink json, IReadOnlyList<string> values)
            where TSink : struct, IJsonSink
        {
            json.Raw("["u8);
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    json.Raw(","u8);
                }

                json.String(values[i]);
            }

            json.Raw("]"u8);
        }

        // A posting object holds "_index" then one key per field; a field named like "0" would come first in JS.
        // -1 stands for "_index", otherwise the field's position.
        private static int[] PostingKeyOrder(IReadOnlyList<string> fields)
        {
            var order = new JsObject<int>();
            order["_index"] = -1;
            for (var i = 0; i < fields.Count; i++)
            {
                order[fields[i]] = i;
            }

            return [.. order.Entries().Select(e => e.Value)];
        }
    }
}
