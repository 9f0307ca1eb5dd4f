using System.Buffers.Binary;

namespace Book.Grader.Conformance.Onnx;

/// <summary>Decodes an <c>onnx.TensorProto</c> (raw_data or the typed repeated fields).</summary>
public static class TensorProtoReader
{
    // TensorProto field numbers (onnx.proto3).
    private const int DimsField = 1;
    private const int DataTypeField = 2;
    private const int FloatDataField = 4;
    private const int Int32DataField = 5;
    private const int Int64DataField = 7;
    private const int NameField = 8;
    private const int RawDataField = 9;
    private const int DoubleDataField = 10;
    private const int UInt64DataField = 11;
    private const int DataLocationField = 14;

    public static OnnxTensor Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes);
        var dims = new List<long>();
        var type = OnnxElementType.Undefined;
        var name = "";
        byte[]? raw = null;
        var floats = new List<uint>();
        var ints = new List<long>();
        var int64s = new List<long>();
        var doubles = new List<ulong>();
        var uint64s = new List<long>();
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field)
            {
                case DimsField: reader.ReadRepeatedVarint(wire, dims); break;
                case DataTypeField: type = (OnnxElementType)(int)reader.ReadVarint(); break;
                case FloatDataField: reader.ReadRepeatedFixed32(wire, floats); break;
                case Int32DataField: reader.ReadRepeatedVarint(wire, ints); break;
                case Int64DataField: reader.ReadRepeatedVarint(wire, int64s); break;
                case NameField: name = reader.ReadString(); break;
                case RawDataField: raw = reader.ReadLengthDelimited().ToArray(); break;
                case DoubleDataField: reader.ReadRepeatedFixed64(wire, doubles); break;
                case UInt64DataField: reader.ReadRepeatedVarint(wire, uint64s); break;
                case DataLocationField:
                    if (reader.ReadVarint() != 0)
                    {
                        throw new InvalidDataException("tensor data is stored externally (data_location=EXTERNAL), which is not supported");
                    }

                    break;
                default: reader.Skip(wire); break;
            }
        }

        var count = dims.Aggregate(1L, (a, d) => a * d);
        var values = raw is not null
            ? FromRaw(type, raw, count)
            : FromTyped(type, floats, ints, int64s, doubles, uint64s);
        if (values is not null && values.Length != count)
        {
            throw new InvalidDataException($"tensor '{name}' has {values.Length} values but its shape [{string.Join(",", dims)}] needs {count}");
        }

        return new OnnxTensor(name, dims.ToArray(), type, values);
    }

    private static Array? FromRaw(OnnxElementType type, byte[] raw, long count) => type switch
    {
        OnnxElementType.Float => Decode(raw, 4, (s) => BinaryPrimitives.ReadSingleLittleEndian(s)),
        OnnxElementType.Double => Decode(raw, 8, (s) => BinaryPrimitives.ReadDoubleLittleEndian(s)),
        OnnxElementType.Float16 => Decode(raw, 2, (s) => BinaryPrimitives.ReadHalfLittleEndian(s)),
        OnnxElementType.UInt8 => raw.ToArray(),
        OnnxElementType.Int8 => raw.Select(b => unchecked((sbyte)b)).ToArray(),
        OnnxElementType.Bool => raw.Select(b => b != 0).ToArray(),
        OnnxElementType.UInt16 => Decode(raw, 2, (s) => BinaryPrimitives.ReadUInt16LittleEndian(s)),
        OnnxElementType.Int16 => Decode(raw, 2, (s) => BinaryPrimitives.ReadInt16LittleEndian(s)),
        OnnxElementType.Int32 => Decode(raw, 4, (s) => BinaryPrimitives.ReadInt32LittleEndian(s)),
        OnnxElementType.UInt32 => Decode(raw, 4, (s) => BinaryPrimitives.ReadUInt32LittleEndian(s)),
        OnnxElementType.Int64 => Decode(raw, 8, (s) => BinaryPrimitives.ReadInt64LittleEndian(s)),
        OnnxElementType.UInt64 => Decode(raw, 8, (s) => BinaryPrimitives.ReadUInt64LittleEndian(s)),
        _ => null,
    };

    private static Array? FromTyped(OnnxElementType type, List<uint> floats, List<long> ints, List<long> int64s, List<ulong> doubles, List<long> uint64s) => type switch
    {
        OnnxElementType.Float => floats.Select(BitConverter.UInt32BitsToSingle).ToArray(),
        OnnxElementType.Double => doubles.Select(BitConverter.UInt64BitsToDouble).ToArray(),
        // float16 values travel as their bit patterns in int32_data.
        OnnxElementType.Float16 => ints.Select(v => BitConverter.UInt16BitsToHalf((ushort)v)).ToArray(),
        OnnxElementType.UInt8 => ints.Select(v => (byte)v).ToArray(),
        OnnxElementType.Int8 => ints.Select(v => (sbyte)v).ToArray(),
        OnnxElementType.Bool => ints.Select(v => v != 0).ToArray(),
        OnnxElementType.UInt16 => ints.Select(v => (ushort)v).ToArray(),
        OnnxElementType.Int16 => ints.Select(v => (short)v).ToArray(),
        OnnxElementType.Int32 => ints.Select(v => (int)v).ToArray(),
        OnnxElementType.Int64 => int64s.ToArray(),
        OnnxElementType.UInt32 => uint64s.Select(v => (uint)v).ToArray(),
        OnnxElementType.UInt64 => uint64s.Select(v => (ulong)v).ToArray(),
        _ => null,
    };

    private delegate T SpanDecoder<T>(ReadOnlySpan<byte> bytes);

    private static T[] Decode<T>(byte[] raw, int size, SpanDecoder<T> decode)
    {
        if (raw.Length % size != 0)
        {
            throw new InvalidDataException($"raw_data of {raw.Length} bytes is not a multiple of the element size {size}");
        }

        var result = new T[raw.Length / size];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = decode(raw.AsSpan(i * size, size));
        }

        return result;
    }
}
