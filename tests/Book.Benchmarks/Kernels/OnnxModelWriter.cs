using Google.Protobuf;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// Writes a one-node ONNX ModelProto (the wire format of onnx.proto3) so the benchmark can hand
/// ONNX Runtime exactly the operator under test, without files or a Python exporter.
/// </summary>
public sealed class OnnxModelWriter
{
    private readonly List<byte[]> _inputs = [];
    private readonly List<byte[]> _outputs = [];
    private readonly List<byte[]> _initializers = [];
    private readonly List<byte[]> _attributes = [];
    private readonly List<string> _nodeInputs = [];
    private readonly List<string> _nodeOutputs = [];
    private readonly string _opType;
    private readonly long _opset;

    public OnnxModelWriter(string opType, long opset)
    {
        _opType = opType;
        _opset = opset;
    }

    /// <summary>ONNX element types used here: 1 float, 2 uint8, 3 int8, 6 int32.</summary>
    public OnnxModelWriter Input(string name, int elementType, params long[] dims)
    {
        _nodeInputs.Add(name);
        _inputs.Add(ValueInfo(name, elementType, dims));
        return this;
    }

    public OnnxModelWriter Output(string name, int elementType, params long[] dims)
    {
        _nodeOutputs.Add(name);
        _outputs.Add(ValueInfo(name, elementType, dims));
        return this;
    }

    /// <summary>A constant input (scalar scale or zero point), stored as raw little-endian bytes.</summary>
    public OnnxModelWriter Constant(string name, int elementType, byte[] raw)
    {
        _nodeInputs.Add(name);
        _initializers.Add(Message(o =>
        {
            o.WriteTag(2, WireFormat.WireType.Varint);
            o.WriteInt32(elementType);
            o.WriteTag(8, WireFormat.WireType.LengthDelimited);
            o.WriteString(name);
            o.WriteTag(9, WireFormat.WireType.LengthDelimited);
            o.WriteBytes(ByteString.CopyFrom(raw));
        }));
        return this;
    }

    public OnnxModelWriter Attribute(string name, long value)
    {
        _attributes.Add(Message(o =>
        {
            o.WriteTag(1, WireFormat.WireType.LengthDelimited);
            o.WriteString(name);
            o.WriteTag(3, WireFormat.WireType.Varint);
            o.WriteInt64(value);
            o.WriteTag(20, WireFormat.WireType.Varint);
            o.WriteInt32(2); // AttributeProto.INT
        }));
        return this;
    }

    public OnnxModelWriter Attribute(string name, float value)
    {
        _attributes.Add(Message(o =>
        {
            o.WriteTag(1, WireFormat.WireType.LengthDelimited);
            o.WriteString(name);
            o.WriteTag(2, WireFormat.WireType.Fixed32);
            o.WriteFloat(value);
            o.WriteTag(20, WireFormat.WireType.Varint);
            o.WriteInt32(1); // AttributeProto.FLOAT
        }));
        return this;
    }

    public byte[] ToBytes()
    {
        var node = Message(o =>
        {
            foreach (var i in _nodeInputs)
            {
                o.WriteTag(1, WireFormat.WireType.LengthDelimited);
                o.WriteString(i);
            }

            foreach (var output in _nodeOutputs)
            {
                o.WriteTag(2, WireFormat.WireType.LengthDelimited);
                o.WriteString(output);
            }

            o.WriteTag(4, WireFormat.WireType.LengthDelimited);
            o.WriteString(_opType);
            foreach (var a in _attributes)
            {
                Embed(o, 5, a);
            }
        });
        var graph = Message(o =>
        {
            Embed(o, 1, node);
            o.WriteTag(2, WireFormat.WireType.LengthDelimited);
            o.WriteString("benchmark");
            foreach (var t in _initializers)
            {
                Embed(o, 5, t);
            }

            foreach (var i in _inputs)
            {
                Embed(o, 11, i);
            }

            foreach (var output in _outputs)
            {
                Embed(o, 12, output);
            }
        });
        return Message(o =>
        {
            o.WriteTag(1, WireFormat.WireType.Varint);
            o.WriteInt64(8); // ir_version
            Embed(o, 7, graph);
            Embed(o, 8, Message(op =>
            {
                op.WriteTag(2, WireFormat.WireType.Varint);
                op.WriteInt64(_opset);
            }));
        });
    }

    private static byte[] ValueInfo(string name, int elementType, long[] dims)
    {
        var shape = Message(o =>
        {
            foreach (var d in dims)
            {
                Embed(o, 1, Message(dim =>
                {
                    dim.WriteTag(1, WireFormat.WireType.Varint);
                    dim.WriteInt64(d);
                }));
            }
        });
        var tensorType = Message(o =>
        {
            o.WriteTag(1, WireFormat.WireType.Varint);
            o.WriteInt32(elementType);
            Embed(o, 2, shape);
        });
        return Message(o =>
        {
            o.WriteTag(1, WireFormat.WireType.LengthDelimited);
            o.WriteString(name);
            Embed(o, 2, Message(t => Embed(t, 1, tensorType)));
        });
    }

    private static void Embed(CodedOutputStream o, int field, byte[] message)
    {
        o.WriteTag(field, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(ByteString.CopyFrom(message));
    }

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            write(output);
        }

        return stream.ToArray();
    }
}
