using System.Buffers.Binary;
using IdCyclus.Shared.Persistence;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

public sealed class OplopendeIdsTests
{
    [Fact]
    public void Ids_achter_elkaar_gemaakt_lopen_op_in_tekst_bytes_en_vergelijking()
    {
        // Thousands in a tight loop: many share a millisecond, where Guid.CreateVersion7() alone is random.
        var ids = Enumerable.Range(0, 5_000).Select(_ => OplopendeIds.Nieuw()).ToList();

        for (var i = 1; i < ids.Count; i++)
        {
            Assert.True(string.CompareOrdinal(ids[i - 1].ToString(), ids[i].ToString()) < 0, $"tekst {i}: {ids[i - 1]} niet voor {ids[i]}");
            Assert.True(ids[i - 1].CompareTo(ids[i]) < 0, $"vergelijking {i}");
            Assert.True(
                ids[i - 1].ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(ids[i].ToByteArray(bigEndian: true)) < 0, $"bytes {i}");
        }
    }

    [Fact]
    public void Ids_zijn_geldige_versie_7_uuids_met_de_tijd_van_nu()
    {
        var voor = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var id = OplopendeIds.Nieuw();
        var na = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Assert.Equal(7, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
        var bytes = id.ToByteArray(bigEndian: true);
        var milliseconde = (long)(BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 16);
        Assert.InRange(milliseconde, voor, na + 1);
    }

    [Fact]
    public async Task Ids_uit_vier_threads_tegelijk_zijn_uniek_en_per_thread_oplopend()
    {
        var perThread = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 5_000).Select(_ => OplopendeIds.Nieuw()).ToList())));

        Assert.Equal(20_000, perThread.SelectMany(ids => ids).Distinct().Count());
        Assert.All(perThread, ids => Assert.Equal(ids.Order(), ids));
    }

    [Fact]
    public void Volgende_telt_op_in_de_willekeurige_bits_en_laat_versie_en_variant_staan()
    {
        const ulong Hoog = (0x0190_0000_0001UL << 16) | 0x7ABC;
        const ulong VariantEnVol = (0b10UL << 62) | ((1UL << 62) - 1);

        Assert.Equal((Hoog, (0b10UL << 62) | 6), OplopendeIds.Volgende(Hoog, (0b10UL << 62) | 5));

        // The 62 random bits are full: carry into rand_a, random bits back to zero, variant kept.
        Assert.Equal((Hoog + 1, 0b10UL << 62), OplopendeIds.Volgende(Hoog, VariantEnVol));

        // rand_a is full too: the next millisecond, rand_a zero, version 7 kept.
        const ulong HoogVol = (0x0190_0000_0001UL << 16) | 0x7FFF;
        Assert.Equal(((0x0190_0000_0002UL << 16) | 0x7000, 0b10UL << 62), OplopendeIds.Volgende(HoogVol, VariantEnVol));
    }
}
