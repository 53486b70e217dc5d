using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Py2Cs.Compiler;

/// <summary>
/// Reads the metadata of a compiled program's image in place. Not through <see cref="PEReader"/> when the
/// image is laid out as usual: PEReader keeps its section headers in an <c>ImmutableArray</c> of a struct,
/// an instantiation no ReadyToRun image has, so every cached <c>py2cs run</c> JIT-compiled nine methods for
/// it before the program started. The PE and CLI headers give where the metadata lies; anything unexpected
/// falls back to PEReader.
/// </summary>
static class ImageMetadata
{
    public static unsafe void Read(byte[] image, Action<MetadataReader> read)
    {
        if (MetadataSpan(image) is not (int offset, int length))
        {
            using var pe = new PEReader(new MemoryStream(image));
            read(pe.GetMetadataReader());
            return;
        }
        fixed (byte* start = image)
            read(new MetadataReader(start + offset, length));
    }

    /// <summary>The metadata's file offset and length (ECMA-335 II.25: PE header, data directory 14 = the CLI
    /// header, whose MetaData directory is at offset 8); null when a header is missing or out of range.</summary>
    static (int Offset, int Length)? MetadataSpan(byte[] image)
    {
        int U16(int at) => at >= 0 && at + 2 <= image.Length ? BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(at)) : -1;
        int I32(int at) => at >= 0 && at + 4 <= image.Length ? BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(at)) : -1;

        int pe = I32(0x3C);
        if (pe < 0 || I32(pe) != 0x00004550) return null; // "PE\0\0"
        int sections = U16(pe + 6), optionalSize = U16(pe + 20), optional = pe + 24;
        int directories = U16(optional) switch { 0x10B => optional + 96, 0x20B => optional + 112, _ => -1 };
        if (directories < 0 || sections < 0 || optionalSize < 0) return null;
        int? cli = FileOffset(I32(directories + 14 * 8));
        if (cli is null) return null;
        int? metadata = FileOffset(I32(cli.Value + 8));
        int length = I32(cli.Value + 12);
        return metadata is null || length <= 0 || metadata.Value + length > image.Length ? null : (metadata.Value, length);

        int? FileOffset(int rva)
        {
            if (rva <= 0) return null;
            for (int i = 0, header = optional + optionalSize; i < sections; i++, header += 40)
            {
                int virtualAddress = I32(header + 12), rawSize = I32(header + 16), raw = I32(header + 20);
                if (virtualAddress < 0 || rawSize < 0 || raw < 0) return null;
                if (rva >= virtualAddress && rva < virtualAddress + rawSize) return raw + (rva - virtualAddress);
            }
            return null;
        }
    }
}
