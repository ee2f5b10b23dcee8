using static IdCyclus.Workflows.Tests.Ondersteuning.Definitie;

namespace IdCyclus.Workflows.Tests.Plannen;

/// <summary>
/// The scheduling maths. Expected moments are written in UTC so the assertions do not lean on the code under test for
/// the Amsterdam offset: 17:00 is 16:00Z in winter time and 15:00Z in summer time.
/// </summary>
public sealed class PlanningTests
{
    private static readonly DateTimeOffset MaandagOchtend = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1));

    private static DateTimeOffset Utc(int jaar, int maand, int dag, int uur, int minuut = 0) => new(jaar, maand, dag, uur, minuut, 0, TimeSpan.Zero);

    private static TaakStap TrekkerBenoemen() =>
        (TaakStap)WorkflowDefinitieLezer.Lees(Voorbeeld("benoem-een-trekker.json")).Definitie!.ZoekStap("trekker-benoemen");

    [Fact]
    public void Benoem_een_trekker_vier_weken_na_de_start_met_herinneringen_en_escalaties_om_17_uur_over_de_zomertijd_heen()
    {
        // Start Monday 3 March 2025 (winter time); due four weeks later on Monday 31 March, the day after the clocks go forward.
        var planning = Planning.PlanTaak(TrekkerBenoemen(), new Ankermomenten(MaandagOchtend), werkdagen: false, aangemaakt: MaandagOchtend);

        Assert.Equal(Utc(2025, 3, 31, 15), planning.Vervalmoment);
        Assert.Equal(new TimeSpan(17, 0, 0), planning.Vervalmoment!.Value.TimeOfDay);
        Assert.Equal(TimeSpan.FromHours(2), planning.Vervalmoment.Value.Offset);
        Assert.Equal(
            [
                new GeplandeHerinnering(IsoDuur.VanDagen(7), Utc(2025, 3, 24, 16)),
                new GeplandeHerinnering(IsoDuur.VanDagen(1), Utc(2025, 3, 30, 15)),
            ],
            planning.Herinneringen);
        Assert.Equal([(1, "clusterdirecteur", Utc(2025, 3, 31, 15)), (2, "bureau", Utc(2025, 4, 14, 15))],
            planning.Escalaties.Select(escalatie => (escalatie.Niveau, escalatie.Trede.NaarRol, escalatie.Moment)));
        Assert.Null(planning.Opvolgmoment);
    }

    [Fact]
    public void Herinneringen_die_al_voorbij_zijn_bij_het_aanmaken_vervallen()
    {
        var verval = Utc(2025, 3, 31, 15);

        var herinneringen = Planning.Herinneringen(verval, [IsoDuur.VanDagen(7), IsoDuur.VanDagen(1)], aangemaakt: Utc(2025, 3, 26, 10));

        Assert.Equal([Utc(2025, 3, 30, 15)], herinneringen.Select(herinnering => herinnering.Moment));
    }

    [Fact]
    public void Een_herinnering_precies_op_het_aanmaakmoment_blijft()
    {
        var verval = Utc(2025, 3, 31, 15);

        var herinneringen = Planning.Herinneringen(verval, [IsoDuur.VanDagen(1)], aangemaakt: Utc(2025, 3, 30, 15));

        Assert.Single(herinneringen);
    }

    [Fact]
    public void Herinneringen_staan_op_tijdsvolgorde_ook_als_de_definitie_ze_andersom_noemt()
    {
        var herinneringen = Planning.Herinneringen(Utc(2025, 6, 30, 15), [IsoDuur.VanDagen(1), IsoDuur.VanDagen(7)], aangemaakt: Utc(2025, 1, 1, 0));

        Assert.Equal([IsoDuur.VanDagen(7), IsoDuur.VanDagen(1)], herinneringen.Select(herinnering => herinnering.VoorVerval));
    }

    [Fact]
    public void Escalaties_worden_niet_geschrapt_als_de_taak_laat_wordt_aangemaakt()
    {
        var taak = TrekkerBenoemen() with { Deadline = new DatumTermijn(new DateOnly(2025, 1, 6)) };

        var planning = Planning.PlanTaak(taak, new Ankermomenten(MaandagOchtend), werkdagen: false, aangemaakt: MaandagOchtend);

        Assert.Empty(planning.Herinneringen);
        Assert.Equal([Utc(2025, 1, 6, 16), Utc(2025, 1, 20, 16)], planning.Escalaties.Select(escalatie => escalatie.Moment));
    }

    [Fact]
    public void In_het_najaar_blijft_een_herinnering_in_dagen_op_17_uur_ondanks_de_wintertijd()
    {
        // Due Monday 27 October 2025 (winter time, the day after the clocks go back); a week earlier is still summer time.
        var verval = Planning.Vervalmoment(new DatumTermijn(new DateOnly(2025, 10, 27)), new Ankermomenten(MaandagOchtend), werkdagen: false);

        var herinnering = Assert.Single(Planning.Herinneringen(verval, [IsoDuur.VanDagen(7)], MaandagOchtend));

        Assert.Equal(Utc(2025, 10, 27, 16), verval);
        Assert.Equal(Utc(2025, 10, 20, 15), herinnering.Moment);
    }

    [Fact]
    public void Een_duur_in_uren_is_verstreken_tijd_en_een_duur_in_dagen_is_kalendertijd()
    {
        // Due Monday 31 March 2025 17:00 (summer time); Sunday 30 March had only 23 hours.
        var verval = Utc(2025, 3, 31, 15);

        var eenDag = Planning.Verschuif(verval, IsoDuur.Parse("-P2D"));
        var achtenveertigUur = Planning.Verschuif(verval, IsoDuur.Parse("-PT48H"));

        Assert.Equal(Utc(2025, 3, 29, 16), eenDag);
        Assert.Equal(Utc(2025, 3, 29, 15), achtenveertigUur);
        Assert.Equal(new TimeSpan(16, 0, 0), achtenveertigUur.TimeOfDay);
    }

    [Fact]
    public void Een_vaste_datum_valt_om_17_uur_Amsterdamse_tijd()
    {
        var moment = Planning.Vervalmoment(new DatumTermijn(new DateOnly(2025, 6, 30)), new Ankermomenten(MaandagOchtend), werkdagen: false);

        Assert.Equal(new DateTimeOffset(2025, 6, 30, 17, 0, 0, TimeSpan.FromHours(2)), moment);
        Assert.Equal(Utc(2025, 6, 30, 15), moment);
    }

    [Fact]
    public void Vanaf_een_stap_telt_vanaf_de_Amsterdamse_dag_waarop_die_stap_voltooid_werd()
    {
        // 13 May 23:30 UTC is already 14 May in Amsterdam.
        var ankers = new Ankermomenten(MaandagOchtend, new Dictionary<string, DateTimeOffset> { ["plan-maken"] = Utc(2025, 5, 13, 23, 30) });

        var datum = Planning.Vervaldatum(new DuurTermijn(IsoDuur.VanDagen(10), Anker.NaStap("plan-maken")), ankers, werkdagen: false);

        Assert.Equal(new DateOnly(2025, 5, 24), datum);
    }

    [Fact]
    public void Vanaf_een_stap_met_werkdagen_schuift_naar_de_volgende_werkdag()
    {
        var ankers = new Ankermomenten(MaandagOchtend, new Dictionary<string, DateTimeOffset> { ["plan-maken"] = Utc(2025, 5, 13, 23, 30) });

        var moment = Planning.Vervalmoment(new DuurTermijn(IsoDuur.VanDagen(10), Anker.NaStap("plan-maken")), ankers, werkdagen: true);

        Assert.Equal(Utc(2025, 5, 26, 15), moment);
    }

    [Fact]
    public void Vanaf_een_stap_die_nog_niet_voltooid_is_is_een_programmeerfout()
    {
        var fout = Assert.Throws<InvalidOperationException>(
            () => Planning.Vervaldatum(new DuurTermijn(IsoDuur.VanDagen(1), Anker.NaStap("plan-maken")), new Ankermomenten(MaandagOchtend), werkdagen: false));

        Assert.Contains("'plan-maken'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_maand_na_31_januari_is_de_laatste_dag_van_februari()
    {
        var start = new DateTimeOffset(2025, 1, 31, 10, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(
            new DateOnly(2025, 2, 28),
            Planning.Vervaldatum(new DuurTermijn(IsoDuur.Parse("P1M"), Anker.Start), new Ankermomenten(start), werkdagen: false));
    }

    [Theory]
    [InlineData("2025-04-26", "2025-04-28", "Koningsdag 2025 valt op zaterdag 26 april (de 27e is een zondag)")]
    [InlineData("2025-04-27", "2025-04-28", "zondag")]
    [InlineData("2025-04-21", "2025-04-22", "Tweede Paasdag 2025")]
    [InlineData("2025-04-18", "2025-04-18", "Goede Vrijdag is een werkdag")]
    [InlineData("2025-05-05", "2025-05-06", "Bevrijdingsdag telt elk jaar")]
    [InlineData("2026-05-05", "2026-05-06", "ook in een jaar dat geen lustrum is")]
    [InlineData("2025-05-29", "2025-05-30", "Hemelvaartsdag")]
    [InlineData("2025-06-09", "2025-06-10", "Tweede Pinksterdag")]
    [InlineData("2025-12-25", "2025-12-29", "Eerste en Tweede Kerstdag en het weekend")]
    [InlineData("2025-12-26", "2025-12-29", "Tweede Kerstdag op vrijdag")]
    [InlineData("2026-01-01", "2026-01-02", "Nieuwjaarsdag")]
    [InlineData("2023-04-27", "2023-04-28", "Koningsdag op een donderdag")]
    [InlineData("2025-03-01", "2025-03-03", "zaterdag")]
    [InlineData("2025-03-05", "2025-03-05", "een gewone woensdag")]
    public void Met_werkdagen_schuift_een_deadline_van_een_weekend_of_feestdag_naar_de_volgende_werkdag(string datum, string verwacht, string waarom)
    {
        var dag = DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture);

        var vervaldatum = Planning.Vervaldatum(new DatumTermijn(dag), new Ankermomenten(MaandagOchtend), werkdagen: true);

        Assert.True(DateOnly.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture) == vervaldatum, $"{waarom}: {vervaldatum:yyyy-MM-dd}");
    }

    [Fact]
    public void Zonder_werkdagen_blijft_een_deadline_op_een_feestdag_staan()
    {
        var moment = Planning.Vervalmoment(new DatumTermijn(new DateOnly(2025, 4, 26)), new Ankermomenten(MaandagOchtend), werkdagen: false);

        Assert.Equal(Utc(2025, 4, 26, 15), moment);
    }

    [Fact]
    public void Herinneringen_en_escalaties_rekenen_vanaf_de_verschoven_deadline()
    {
        // Four weeks after Monday 31 March 2025 is Monday 28 April; four weeks minus two days is Koningsdag, Saturday 26 April.
        var taak = TrekkerBenoemen() with { Deadline = new DuurTermijn(IsoDuur.VanDagen(26), Anker.Start) };
        var start = new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.FromHours(2));

        var planning = Planning.PlanTaak(taak, new Ankermomenten(start), werkdagen: true, aangemaakt: start);

        Assert.Equal(Utc(2025, 4, 28, 15), planning.Vervalmoment);
        Assert.Equal([Utc(2025, 4, 21, 15), Utc(2025, 4, 27, 15)], planning.Herinneringen.Select(herinnering => herinnering.Moment));
        Assert.Equal([Utc(2025, 4, 28, 15), Utc(2025, 5, 12, 15)], planning.Escalaties.Select(escalatie => escalatie.Moment));
    }

    [Fact]
    public void Een_opvolgdatum_valt_ook_om_17_uur_en_schuift_mee_met_werkdagen()
    {
        var taak = TrekkerBenoemen() with { Opvolging = new DatumTermijn(new DateOnly(2025, 12, 25)) };

        var planning = Planning.PlanTaak(taak, new Ankermomenten(MaandagOchtend), werkdagen: true, aangemaakt: MaandagOchtend);

        Assert.Equal(Utc(2025, 12, 29, 16), planning.Opvolgmoment);
    }

    [Fact]
    public void Een_taak_zonder_deadline_plant_niets()
    {
        var taak = new TaakStap { Id = "t", Naam = "T", Rol = "bureau" };

        var planning = Planning.PlanTaak(taak, new Ankermomenten(MaandagOchtend), werkdagen: false, aangemaakt: MaandagOchtend);

        Assert.Equal(new TaakPlanning(null, null, [], []), planning);
    }

    [Fact]
    public void Een_tijd_in_het_overgeslagen_uur_schuift_naar_voren_en_een_dubbel_uur_telt_de_eerste_keer()
    {
        Assert.Equal(Utc(2025, 3, 30, 1, 30), Planning.OpDag(new DateOnly(2025, 3, 30), new TimeOnly(2, 30)));
        Assert.Equal(Utc(2025, 10, 26, 0, 30), Planning.OpDag(new DateOnly(2025, 10, 26), new TimeOnly(2, 30)));
    }

    [Fact]
    public void De_dag_is_de_Amsterdamse_dag() =>
        Assert.Equal(new DateOnly(2025, 7, 1), Planning.Dag(Utc(2025, 6, 30, 22, 30)));
}
