using static IdCyclus.Workflows.Tests.Ondersteuning.Definitie;

namespace IdCyclus.Workflows.Tests.Definities;

/// <summary>The "Benoem een trekker" flow of issue 3 (item 7) and an example using every part of the format.</summary>
public sealed class VoorbeeldTests
{
    [Fact]
    public void Benoem_een_trekker_wordt_gelezen_zoals_bedoeld()
    {
        var resultaat = WorkflowDefinitieLezer.Lees(Voorbeeld("benoem-een-trekker.json"));

        Assert.Empty(resultaat.Fouten);
        Assert.True(resultaat.IsGeldig);
        var definitie = resultaat.Definitie;
        Assert.Equal(("benoem-een-trekker", "Benoem een trekker", 1), (definitie.Id, definitie.Naam, definitie.Versie));
        Assert.Equal(WorkflowOpties.Standaard, definitie.Opties);

        var perDirectie = Assert.IsType<PerItemStap>(definitie.Stappen[0]);
        Assert.Equal(("actieve-directies", "directie-zonder-trekker"), (perDirectie.Collectie, perDirectie.Voorwaarde));
        Assert.Empty(perDirectie.NaStappen);

        var taak = Assert.IsType<TaakStap>(perDirectie.Stappen[0]);
        Assert.Equal(("directeur", Bereik.Item, "trekker-benoemen"), (taak.Rol, taak.Bereik, taak.Formulier));
        Assert.Equal(["benoemd"], taak.Uitkomsten);
        Assert.Equal(new DuurTermijn(IsoDuur.VanDagen(28), Anker.Start), taak.Deadline);
        Assert.Equal([IsoDuur.VanDagen(7), IsoDuur.VanDagen(1)], taak.Herinneringen);
        Assert.Equal(
            [
                new Escalatie(IsoDuur.VanDagen(0), "clusterdirecteur", "escalatie-trekker-benoemen"),
                new Escalatie(IsoDuur.VanDagen(14), "bureau", "escalatie-trekker-benoemen"),
            ],
            taak.Escalaties);

        var welkom = Assert.IsType<MeldingStap>(perDirectie.Stappen[1]);
        Assert.Equal(["trekker-benoemen"], welkom.NaStappen);
        Assert.Equal(("welkom-trekker", "trekker", Bereik.Item), (welkom.Sjabloon, welkom.AanRol, welkom.Bereik));

        var bureau = Assert.IsType<MeldingStap>(definitie.Stappen[1]);
        Assert.Equal(["per-directie-zonder-trekker"], bureau.NaStappen);
        Assert.Equal(Bereik.Geen, bureau.Bereik);
    }

    [Theory]
    [InlineData("benoem-een-trekker.json")]
    [InlineData("alle-onderdelen.json")]
    public void Een_geldige_definitie_komt_ongeschonden_terug_na_schrijven_en_lezen(string bestand)
    {
        var definitie = WorkflowDefinitieLezer.Lees(Voorbeeld(bestand)).Definitie!;

        var geschreven = WorkflowDefinitieSchrijver.Schrijf(definitie);
        var opnieuw = WorkflowDefinitieLezer.Lees(geschreven);

        Assert.Empty(opnieuw.Fouten);
        Assert.Equal(definitie, opnieuw.Definitie);
        Assert.Equal(geschreven, WorkflowDefinitieSchrijver.Schrijf(opnieuw.Definitie!));
    }

    [Fact]
    public void Het_voorbeeld_met_alle_onderdelen_is_geldig_en_volledig()
    {
        var definitie = WorkflowDefinitieLezer.Lees(Voorbeeld("alle-onderdelen.json")).Definitie!;

        Assert.Equal(new WorkflowOpties(Werkdagen: true, Herhaling: Herhaling.Kwartaal), definitie.Opties);
        Assert.Equal(
            [
                StapSoort.Melding, StapSoort.PerItem, StapSoort.Taak, StapSoort.Taak,
                StapSoort.Wachten, StapSoort.Samenvoegen, StapSoort.Taak, StapSoort.Samenvoegen,
            ],
            definitie.AlleStappen().Select(stap => stap.Soort));
        var samen = Assert.IsType<SamenvoegStap>(definitie.ZoekStap("twee-van-drie"));
        Assert.Equal((Wachtwijze.Aantal, 2, 2, false), (samen.Wacht, samen.Aantal, samen.Nodig, samen.AnnuleerRest));
        var eenVanBeide = Assert.IsType<SamenvoegStap>(definitie.ZoekStap("een-van-beide"));
        Assert.Equal((Wachtwijze.Een, true), (eenVanBeide.Wacht, eenVanBeide.AnnuleerRest));
        var bespreken = Assert.IsType<TaakStap>(definitie.ZoekStap("plan-bespreken"));
        Assert.Equal(new DuurTermijn(IsoDuur.VanDagen(10), Anker.NaStap("plan-maken")), bespreken.Deadline);
        Assert.Equal("per-cluster", definitie.OuderVan("plan-bespreken")?.Id);
        Assert.Null(definitie.OuderVan("evalueren"));
        Assert.Equal(["plan-maken", "plan-bespreken"], definitie.StappenVoor("per-cluster").Select(stap => stap.Id));
        var plan = Assert.IsType<TaakStap>(definitie.ZoekStap("plan-maken"));
        Assert.True(plan.Escalaties[0].Herverdelen);
        Assert.Equal(TimeSpan.FromHours(4), plan.Herinneringen[1].Tijd);
    }

    [Fact]
    public void Een_definitie_in_code_gebouwd_wordt_geschreven_in_het_gedocumenteerde_formaat()
    {
        var definitie = new WorkflowDefinitie
        {
            Id = "kort",
            Naam = "Kort",
            Versie = 2,
            Stappen =
            [
                new TaakStap
                {
                    Id = "doen", Naam = "Doen", Rol = "bureau", Deadline = new DatumTermijn(new DateOnly(2025, 6, 30)), Herinneringen = [IsoDuur.Parse("P1D")],
                },
                new MeldingStap { Id = "klaar", Naam = "Klaar", Sjabloon = "klaar", AanRol = "bureau", NaStappen = ["doen"] },
            ],
        };

        var json = WorkflowDefinitieSchrijver.Schrijf(definitie);

        Assert.Equal(
            """
            {
              "id": "kort",
              "naam": "Kort",
              "versie": 2,
              "stappen": [
                {
                  "id": "doen",
                  "naam": "Doen",
                  "soort": "taak",
                  "rol": "bureau",
                  "deadline": {
                    "datum": "2025-06-30"
                  },
                  "herinneringen": [
                    "P1D"
                  ]
                },
                {
                  "id": "klaar",
                  "naam": "Klaar",
                  "soort": "melding",
                  "naStappen": [
                    "doen"
                  ],
                  "sjabloon": "klaar",
                  "aanRol": "bureau"
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            json.ReplaceLineEndings("\n"));
        Assert.Equal(definitie, WorkflowDefinitieLezer.Lees(json).Definitie);
    }

    [Fact]
    public void Een_stap_zoeken_die_niet_bestaat_noemt_de_definitie()
    {
        var definitie = WorkflowDefinitieLezer.Lees(Voorbeeld("benoem-een-trekker.json")).Definitie!;

        var fout = Assert.Throws<KeyNotFoundException>(() => definitie.ZoekStap("bestaat-niet"));

        Assert.Contains("'benoem-een-trekker' versie 1", fout.Message, StringComparison.Ordinal);
    }
}
