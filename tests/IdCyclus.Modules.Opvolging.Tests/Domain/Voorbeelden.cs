using IdCyclus.Modules.Opvolging.Domain;

namespace IdCyclus.Modules.Opvolging.Tests.Domain;

/// <summary>Agreements as the tests need them: made on 1 March 2025 with a deadline of 1 June 2025 unless said otherwise.</summary>
internal static class Voorbeelden
{
    public static readonly Guid Directie = Guid.Parse("6f1d1d5e-0000-4000-8000-000000000001");
    public static readonly Guid AndereDirectie = Guid.Parse("6f1d1d5e-0000-4000-8000-000000000002");
    public static readonly DateOnly Vastgelegd = new(2025, 3, 1);
    public static readonly DateOnly Deadline = new(2025, 6, 1);

    public static Afspraak Trekkerafspraak(decimal uren = 8) =>
        new(Afspraaksoort.TrekkerBenoemd, Afspraakbron.Gmt, Directie, Vastgelegd, Deadline, uren, [], null, null);

    public static Afspraak Planafspraak() =>
        new(Afspraaksoort.ActieplanOpgeleverd, Afspraakbron.Gmt, Directie, Vastgelegd, Deadline, null, [], null, null);

    public static Afspraak Overige() =>
        new(Afspraaksoort.Overig, Afspraakbron.Duidingsgesprek, Directie, Vastgelegd, Deadline, null, [], null, null);

    public static Afspraak Verschoven(this Afspraak afspraak, DateOnly naar, DateOnly op) =>
        afspraak with
        {
            Verschuivingen = [.. afspraak.Verschuivingen, new Deadlineverschuiving(afspraak.HuidigeDeadline, naar, "Reorganisatie", op, "Bureau")],
        };

    public static Afspraak Gesloten(this Afspraak afspraak, bool gedaan) =>
        afspraak with { Afsluiting = new Afsluiting(gedaan, new DateOnly(2025, 4, 1), "Toelichting", "Bureau") };
}
