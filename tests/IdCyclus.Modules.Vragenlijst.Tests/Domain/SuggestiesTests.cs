using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class SuggestiesTests
{
    private static readonly Vragenlijstinhoud Inhoud = Seed2024.Lees();
    private static readonly DateOnly Van = new(2023, 3, 1);
    private static readonly DateOnly Tot = new(2024, 3, 31);

    [Fact]
    public void Een_trekker_die_de_hele_periode_blijft_geeft_3_niet_gewisseld()
    {
        var suggestie = Vraag1(new TrekkerPeriode("Sam", new(2022, 1, 1), null, 10));

        Assert.Equal(3, suggestie.Score);
        Assert.Equal("Volgens de organisatiegegevens is de trekker in de meetperiode niet gewisseld (Sam vanaf 1 januari 2022).", suggestie.Reden);
    }

    [Fact]
    public void Een_wissel_geeft_3_en_noemt_de_trekkers_en_data()
    {
        var suggestie = Vraag1(
            new TrekkerPeriode("Sam", new(2022, 1, 1), new(2023, 6, 30), 10),
            new TrekkerPeriode("Noor", new(2023, 7, 1), null, 10));

        Assert.Equal(3, suggestie.Score);
        Assert.Equal(
            "Volgens de organisatiegegevens is de trekker in de meetperiode 1 keer gewisseld "
            + "(Sam van 1 januari 2022 tot en met 30 juni 2023, Noor vanaf 1 juli 2023).",
            suggestie.Reden);
    }

    [Fact]
    public void Twee_wissels_geven_2()
    {
        var suggestie = Vraag1(
            new TrekkerPeriode("Sam", new(2022, 1, 1), new(2023, 6, 30), 10),
            new TrekkerPeriode("Noor", new(2023, 7, 1), new(2023, 12, 31), 10),
            new TrekkerPeriode("Lars", new(2024, 1, 1), null, 10));

        Assert.Equal(2, suggestie.Score);
        Assert.StartsWith("Volgens de organisatiegegevens is de trekker in de meetperiode 2 keer gewisseld (", suggestie.Reden);
    }

    [Fact]
    public void Meer_dan_twee_wissels_geven_1()
    {
        var suggestie = Vraag1(
            new TrekkerPeriode("Sam", new(2022, 1, 1), new(2023, 4, 30), 10),
            new TrekkerPeriode("Noor", new(2023, 5, 1), new(2023, 8, 31), 10),
            new TrekkerPeriode("Lars", new(2023, 9, 1), new(2023, 12, 31), 10),
            new TrekkerPeriode("Eva", new(2024, 1, 1), null, 10));

        Assert.Equal(1, suggestie.Score);
        Assert.Contains("3 keer gewisseld", suggestie.Reden);
    }

    [Fact]
    public void De_eerste_benoeming_na_een_vacature_aan_het_begin_is_geen_wissel()
    {
        var suggestie = Vraag1(
            new TrekkerPeriode("Noor", new(2023, 9, 1), new(2023, 12, 31), 10),
            new TrekkerPeriode("Lars", new(2024, 1, 1), null, 10));

        Assert.Equal(3, suggestie.Score);
        Assert.Equal(
            "Volgens de organisatiegegevens is de trekker in de meetperiode 1 keer gewisseld " +
            "(Noor van 1 september 2023 tot en met 31 december 2023, Lars vanaf 1 januari 2024). " +
            "Er was geen trekker van 1 maart 2023 tot en met 31 augustus 2023; de vragenlijst heeft geen optie voor een vacature.",
            suggestie.Reden);
    }

    [Fact]
    public void Een_vacature_midden_in_de_periode_wordt_genoemd()
    {
        var suggestie = Vraag1(
            new TrekkerPeriode("Sam", new(2022, 1, 1), new(2023, 6, 30), 10),
            new TrekkerPeriode("Noor", new(2023, 9, 1), null, 10));

        Assert.Equal(3, suggestie.Score);
        Assert.EndsWith("Er was geen trekker van 1 juli 2023 tot en met 31 augustus 2023; de vragenlijst heeft geen optie voor een vacature.", suggestie.Reden);
    }

    [Fact]
    public void Zonder_trekker_aan_het_eind_van_de_periode_is_de_suggestie_0()
    {
        var suggestie = Vraag1(new TrekkerPeriode("Sam", new(2022, 1, 1), new(2024, 1, 31), 10));

        Assert.Equal(0, suggestie.Score);
        Assert.Equal(
            "Volgens de organisatiegegevens is er op 31 maart 2024 geen trekker (laatste trekker: Sam tot en met 31 januari 2024). " +
            "Er was geen trekker van 1 februari 2024 tot en met 31 maart 2024; de vragenlijst heeft geen optie voor een vacature.",
            suggestie.Reden);
    }

    [Fact]
    public void Zonder_enige_trekker_is_de_suggestie_0_voor_vraag_1_en_2()
    {
        var suggesties = Suggesties.Voor(Inhoud, Van, Tot, [], null);

        Assert.Equal([("1", 0), ("2", 0)], suggesties.Select(s => (s.Nummer, s.Score)));
        Assert.StartsWith("Volgens de organisatiegegevens is er op 31 maart 2024 geen trekker.", suggesties[0].Reden);
        Assert.Equal("Volgens de organisatiegegevens is er op 31 maart 2024 geen trekker, dus ook geen uren voor de rol.", suggesties[1].Reden);
    }

    [Fact]
    public void Een_nieuwe_regel_voor_dezelfde_trekker_is_geen_wissel()
    {
        var suggestie = Vraag1(
            new TrekkerPeriode("Sam", new(2022, 1, 1), new(2023, 6, 30), 4),
            new TrekkerPeriode("Sam", new(2023, 7, 1), new(2023, 12, 31), 8),
            new TrekkerPeriode("Noor", new(2024, 1, 1), null, 8));

        Assert.Equal(3, suggestie.Score);
        Assert.Contains("1 keer gewisseld", suggestie.Reden);
    }

    [Fact]
    public void Trekkers_van_voor_of_na_de_periode_tellen_niet_mee()
    {
        var suggestie = Vraag1(
            new TrekkerPeriode("Oud", new(2020, 1, 1), new(2021, 12, 31), 10),
            new TrekkerPeriode("Sam", new(2022, 1, 1), new(2024, 4, 30), 10),
            new TrekkerPeriode("Later", new(2024, 5, 1), null, 10));

        Assert.Equal(
            "Volgens de organisatiegegevens is de trekker in de meetperiode niet gewisseld (Sam van 1 januari 2022 tot en met 30 april 2024).",
            suggestie.Reden);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0.5, 1)]
    [InlineData(3.99, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 2)]
    [InlineData(8, 2)]
    [InlineData(8.5, 3)]
    [InlineData(16, 3)]
    public void Uren_van_de_trekker_aan_het_eind_van_de_periode_bepalen_vraag_2(decimal uren, int score)
    {
        Assert.Equal(score, Vraag2(new TrekkerPeriode("Sam", new(2022, 1, 1), null, uren)).Score);
    }

    [Fact]
    public void Precies_4_uur_noemt_de_overlap_van_optie_1_en_2()
    {
        var suggestie = Vraag2(new TrekkerPeriode("Sam", new(2022, 1, 1), null, 4));

        Assert.Equal(
            "Volgens de organisatiegegevens heeft de trekker (Sam) op 31 maart 2024 4 uur per week voor deze rol. " +
            "Let op: precies 4 uur valt onder optie 1 én 2 (\"tussen de 0 en 4 uren\" en \"tussen de 4 en 8 uren\"); de suggestie kiest 2.",
            suggestie.Reden);
    }

    [Fact]
    public void Precies_8_uur_noemt_dat_het_GMT_minimaal_8_uur_vraagt()
    {
        var suggestie = Vraag2(new TrekkerPeriode("Sam", new(2022, 1, 1), null, 8.0m));

        Assert.Equal(2, suggestie.Score);
        Assert.Equal(
            "Volgens de organisatiegegevens heeft de trekker (Sam) op 31 maart 2024 8 uur per week voor deze rol. " +
            "Let op: precies 8 uur geeft 2 (\"tussen de 4 en 8 uren\"), terwijl het GMT minimaal 8 uur vraagt; met 2 is deze randvoorwaarde niet op orde.",
            suggestie.Reden);
    }

    [Fact]
    public void Andere_uren_noemen_geen_grensgeval()
    {
        var suggestie = Vraag2(new TrekkerPeriode("Sam", new(2022, 1, 1), null, 6.5m));

        Assert.Equal("Volgens de organisatiegegevens heeft de trekker (Sam) op 31 maart 2024 6,5 uur per week voor deze rol.", suggestie.Reden);
    }

    [Fact]
    public void Twee_trekkers_tellen_samen_en_worden_allebei_genoemd()
    {
        var suggestie = Vraag2(new TrekkerPeriode("Sam", new(2024, 2, 1), null, 4), new TrekkerPeriode("Noor", new(2024, 2, 1), null, 6));

        Assert.Equal(3, suggestie.Score);
        Assert.StartsWith("Volgens de organisatiegegevens hebben de trekkers (Noor en Sam) samen op 31 maart 2024 10 uur per week", suggestie.Reden);
    }

    [Fact]
    public void Onbekende_uren_geven_geen_suggestie_voor_vraag_2()
    {
        var suggesties = Suggesties.Voor(Inhoud, Van, Tot, [new TrekkerPeriode("Sam", new(2022, 1, 1), null, null)], null);

        Assert.DoesNotContain(suggesties, s => s.Nummer == "2");
        Assert.Contains(suggesties, s => s.Nummer == "1");
    }

    [Fact]
    public void Vraag_2_kijkt_naar_de_uren_aan_het_eind_van_de_periode()
    {
        var suggestie = Vraag2(
            new TrekkerPeriode("Sam", new(2022, 1, 1), new(2023, 12, 31), 2),
            new TrekkerPeriode("Sam", new(2024, 1, 1), null, 12));

        Assert.Equal(3, suggestie.Score);
    }

    [Fact]
    public void Een_werkgroep_zonder_leden_geeft_0_voor_vraag_3()
    {
        var suggestie = Assert.Single(Suggesties.Voor(Inhoud, Van, Tot, [new TrekkerPeriode("Sam", new(2022, 1, 1), null, 10)], 0), s => s.Nummer == "3");

        Assert.Equal(0, suggestie.Score);
        Assert.Equal("Volgens de organisatiegegevens heeft de werkgroep op 31 maart 2024 geen leden.", suggestie.Reden);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(6)]
    public void Vraag_3_krijgt_geen_suggestie_zonder_gegevens_of_met_leden(int? leden)
    {
        Assert.DoesNotContain(Suggesties.Voor(Inhoud, Van, Tot, [], leden), s => s.Nummer == "3");
    }

    [Fact]
    public void Een_gewijzigde_vraag_met_hetzelfde_nummer_krijgt_geen_suggestie()
    {
        var inhoud = Versiebeheer.WijzigTekst(Versiebeheer.KopieVoorVolgendJaar(Inhoud), "2", "Hoeveel uur heeft de trekker per maand?").Waarde!;

        var suggesties = Suggesties.Voor(inhoud, Van, Tot, [new TrekkerPeriode("Sam", new(2022, 1, 1), null, 10)], 0);

        Assert.Equal(["1", "3"], suggesties.Select(s => s.Nummer));
    }

    [Fact]
    public void Een_versie_zonder_vraag_1_tot_en_met_3_krijgt_geen_suggesties()
    {
        var inhoud = Inhoud with { Vragen = Inhoud.Vragen.Where(v => v.Nummer is not ("1" or "2" or "3")).ToList() };

        Assert.Empty(Suggesties.Voor(inhoud, Van, Tot, [], 0));
    }

    [Fact]
    public void Een_periode_die_eindigt_voor_hij_begint_is_een_programmeerfout()
    {
        Assert.Throws<ArgumentException>(() => Suggesties.Voor(Inhoud, Tot, Van, [], null));
    }

    private static Suggestie Vraag1(params TrekkerPeriode[] trekkers) =>
        Assert.Single(Suggesties.Voor(Inhoud, Van, Tot, trekkers, null), s => s.Nummer == "1");

    private static Suggestie Vraag2(params TrekkerPeriode[] trekkers) =>
        Assert.Single(Suggesties.Voor(Inhoud, Van, Tot, trekkers, null), s => s.Nummer == "2");
}
