using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class Seed2023Tests
{
    private static readonly Vragenlijstinhoud Inhoud2023 = Seed2023.Lees();

    private static readonly Vragenlijstinhoud Inhoud2024 = Seed2023.Koppel2024(Seed2024.Lees());

    [Fact]
    public void De_reconstructie_van_2023_is_2024_zonder_vraag_16_en_zegt_dat_ze_een_reconstructie_is()
    {
        Assert.Equal(Seed2024.Lees().Vragen.Select(v => v.Nummer).Where(n => n != "16"), Inhoud2023.Vragen.Select(v => v.Nummer));
        Assert.Equal(47, Inhoud2023.GescoordeVragen.Sum(v => v.Max));
        Assert.All(Inhoud2023.Vragen, v =>
        {
            Assert.Equal(Seed2024.Lees().Zoek(v.Nummer)!.Tekst, v.Tekst);
            Assert.Equal(Koppeling.Nieuw, v.Koppeling);
            Assert.StartsWith("Reconstructie: de vragenlijst van 2023 staat niet in de bronnen.", v.Opmerking, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Vraag_16_is_in_2024_nieuw_met_de_bron_en_de_referentie_zegt_dat_ook()
    {
        var vraag = Inhoud2024.Zoek("16")!;

        Assert.Equal(Koppeling.Nieuw, vraag.Koppeling);
        Assert.Null(vraag.VorigNummer);
        Assert.Contains("VGR2024, bijlage 2.1", vraag.KoppelingToelichting, StringComparison.Ordinal);
        // Guards the hard-coded item against the reference file it comes from.
        Assert.StartsWith("Nieuw in 2024", Seed2024.Lees().Zoek("16")!.Opmerking, StringComparison.Ordinal);
    }

    [Fact]
    public void Elke_andere_vraag_van_2024_is_gekoppeld_aan_hetzelfde_nummer_van_2023_met_de_aanname_als_reden()
    {
        var anders = Inhoud2024.Vragen.Where(v => v.Nummer != "16").ToList();

        Assert.Equal(19, anders.Count);
        Assert.All(anders, v =>
        {
            Assert.Equal(Koppeling.Zelfde, v.Koppeling);
            Assert.Equal(v.Nummer, v.VorigNummer);
            Assert.NotNull(Inhoud2023.Zoek(v.VorigNummer!));
            Assert.StartsWith("Aangenomen gelijk", v.KoppelingToelichting, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Tussen_2023_en_2024_worden_alle_16_gescoorde_vragen_vergeleken()
    {
        var antwoorden = Inhoud2024.GescoordeVragen.ToDictionary(v => v.Nummer, v => new Antwoord(Score: 1));
        var vorig = Inhoud2023.GescoordeVragen.ToDictionary(v => v.Nummer, v => new Antwoord(Score: 0));

        var vergelijking = Scoring.VergelijkMetVorigJaar(Inhoud2024, antwoorden, Inhoud2023, vorig);

        Assert.Equal(16, vergelijking.Vergeleken.Count);
        Assert.Empty(vergelijking.Weggelaten);
        Assert.Equal(16, vergelijking.Verschil);
    }

    [Fact]
    public void Een_kopie_voor_het_volgende_jaar_en_een_koppeling_door_bureau_wissen_de_toelichting_van_2024()
    {
        var kopie = Versiebeheer.KopieVoorVolgendJaar(Inhoud2024);

        Assert.All(kopie.Vragen, v => Assert.Null(v.KoppelingToelichting));
        var gewijzigd = Versiebeheer.ZetKoppeling(Inhoud2024, "2", Koppeling.Gewijzigd, null, Inhoud2023);
        Assert.True(gewijzigd.IsGelukt);
        Assert.Null(gewijzigd.Waarde!.Zoek("2")!.KoppelingToelichting);
    }
}
