namespace Book.Grader.Conformance.Onnx;

/// <summary>
/// Reads <c>model.onnx</c> of an ONNX node test: ModelProto → GraphProto → its single NodeProto.
/// </summary>
public static class ModelProtoReader
{
    public static OnnxModel Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes);
        OnnxModel? graph = null;
        long opset = 0;
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field)
            {
                case 7: graph = ReadGraph(reader.ReadLengthDelimited()); break; // ModelProto.graph
                case 8: // ModelProto.opset_import
                    var (domain, version) = ReadOpset(reader.ReadLengthDelimited());
                    if (domain.Length == 0 || domain == "ai.onnx")
                    {
                        opset = version;
                    }

                    break;
                default: reader.Skip(wire); break;
            }
        }

        if (graph is null)
        {
            throw new InvalidDataException("model has no graph");
        }

        return graph with { OpsetVersion = opset };
    }

    private static (string Domain, long Version) ReadOpset(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes);
        var domain = "";
        long version = 0;
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field)
            {
                case 1: domain = reader.ReadString(); break;
                case 2: version = (long)reader.ReadVarint(); break;
                default: reader.Skip(wire); break;
            }
        }

        return (domain, version);
    }

    private static OnnxModel ReadGraph(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes);
        var nodes = new List<OnnxNode>();
        var inputs = new List<string>();
        var outputs = new List<string>();
        var initializers = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field)
            {
                case 1: nodes.Add(ReadNode(reader.ReadLengthDelimited())); break;
                case 5:
                    var tensor = TensorProtoReader.Read(reader.ReadLengthDelimited());
                    initializers[tensor.Name] = tensor;
                    break;
                case 11: inputs.Add(ReadValueInfoName(reader.ReadLengthDelimited())); break;
                case 12: outputs.Add(ReadValueInfoName(reader.ReadLengthDelimited())); break;
                default: reader.Skip(wire); break;
            }
        }

        if (nodes.Count != 1)
        {
            throw new InvalidDataException($"a node test has exactly one node; this graph has {nodes.Count}");
        }

        return new OnnxModel(nodes[0], inputs, outputs, initializers, 0);
    }

    private static string ReadValueInfoName(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes);
        var name = "";
        while (reader.TryReadTag(out var field, out var wire))
        {
            if (field == 1)
            {
                name = reader.ReadString();
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return name;
    }

    private static OnnxNode ReadNode(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes);
        var inputs = new List<string>();
        var outputs = new List<string>();
        var attributes = new Dictionary<string, OnnxAttribute>(StringComparer.Ordinal);
        var opType = "";
        var domain = "";
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field)
            {
                case 1: inputs.Add(reader.ReadString()); break;
                case 2: outputs.Add(reader.ReadString()); break;
                case 4: opType = reader.ReadString(); break;
                case 5:
                    var attribute = ReadAttribute(reader.ReadLengthDelimited());
                    attributes[attribute.Name] = attribute;
                    break;
                case 7: domain = reader.ReadString(); break;
                default: reader.Skip(wire); break;
            }
        }

        return new OnnxNode(opType, domain, inputs, outputs, attributes);
    }

    private static OnnxAttribute ReadAttribute(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes);
        var name = "";
        float f = 0;
        long i = 0;
        var s = "";
        var floats = new List<uint>();
        var ints = new List<long>();
        var hasTensor = false;
        while (reader.TryReadTag(out var field, out var wire))
        {
            switch (field)
            {
                case 1: name = reader.ReadString(); break;
                case 2: f = BitConverter.UInt32BitsToSingle(reader.ReadFixed32()); break;
                case 3: i = (long)reader.ReadVarint(); break;
                case 4: s = reader.ReadString(); break;
                case 5: reader.Skip(wire); hasTensor = true; break;
                case 7: reader.ReadRepeatedFixed32(wire, floats); break;
                case 8: reader.ReadRepeatedVarint(wire, ints); break;
                default: reader.Skip(wire); break;
            }
        }

        return new OnnxAttribute(name, f, i, s, floats.Select(BitConverter.UInt32BitsToSingle).ToArray(), ints, hasTensor);
    }
}
