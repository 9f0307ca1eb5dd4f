using System.Buffers.Binary;

namespace Book.Grader.Conformance.Onnx;

/// <summary>
/// A minimal protobuf wire-format reader: just enough for the ONNX messages the conformance runner
/// reads (ModelProto, GraphProto, NodeProto, AttributeProto, ValueInfoProto, TensorProto).
/// Throws <see cref="InvalidDataException"/> on malformed input; callers turn that into a diagnostic.
/// </summary>
public ref struct WireReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public WireReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly bool AtEnd => _position >= _data.Length;

    /// <summary>Reads the next field key; returns false at the end of the message.</summary>
    public bool TryReadTag(out int field, out WireType wireType)
    {
        if (AtEnd)
        {
            field = 0;
            wireType = WireType.Varint;
            return false;
        }

        var key = ReadVarint();
        field = (int)(key >> 3);
        wireType = (WireType)(key & 7);
        if (field <= 0)
        {
            throw new InvalidDataException($"invalid protobuf field number {field} at byte {_position}");
        }

        return true;
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw new InvalidDataException("truncated varint");
            }

            var b = _data[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new InvalidDataException("varint longer than 10 bytes");
    }

    public uint ReadFixed32()
    {
        var span = Take(4);
        return BinaryPrimitives.ReadUInt32LittleEndian(span);
    }

    public ulong ReadFixed64()
    {
        var span = Take(8);
        return BinaryPrimitives.ReadUInt64LittleEndian(span);
    }

    public ReadOnlySpan<byte> ReadLengthDelimited()
    {
        var length = ReadVarint();
        if (length > int.MaxValue)
        {
            throw new InvalidDataException("length-delimited field too long");
        }

        return Take((int)length);
    }

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadLengthDelimited());

    public void Skip(WireType wireType)
    {
        switch (wireType)
        {
            case WireType.Varint:
                ReadVarint();
                break;
            case WireType.Fixed64:
                Take(8);
                break;
            case WireType.LengthDelimited:
                ReadLengthDelimited();
                break;
            case WireType.Fixed32:
                Take(4);
                break;
            default:
                throw new InvalidDataException($"unsupported protobuf wire type {(int)wireType}");
        }
    }

    /// <summary>
    /// Reads a repeated scalar that may be packed (one length-delimited run) or not (one value per tag).
    /// </summary>
    public void ReadRepeatedVarint(WireType wireType, List<long> into)
    {
        if (wireType == WireType.LengthDelimited)
        {
            var inner = new WireReader(ReadLengthDelimited());
            while (!inner.AtEnd)
            {
                into.Add((long)inner.ReadVarint());
            }
        }
        else
        {
            into.Add((long)ReadVarint());
        }
    }

    public void ReadRepeatedFixed32(WireType wireType, List<uint> into)
    {
        if (wireType == WireType.LengthDelimited)
        {
            var inner = new WireReader(ReadLengthDelimited());
            while (!inner.AtEnd)
            {
                into.Add(inner.ReadFixed32());
            }
        }
        else
        {
            into.Add(ReadFixed32());
        }
    }

    public void ReadRepeatedFixed64(WireType wireType, List<ulong> into)
    {
        if (wireType == WireType.LengthDelimited)
        {
            var inner = new WireReader(ReadLengthDelimited());
            while (!inner.AtEnd)
            {
                into.Add(inner.ReadFixed64());
            }
        }
        else
        {
            into.Add(ReadFixed64());
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > _data.Length)
        {
            throw new InvalidDataException($"truncated protobuf message: need {count} bytes at {_position} of {_data.Length}");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}
