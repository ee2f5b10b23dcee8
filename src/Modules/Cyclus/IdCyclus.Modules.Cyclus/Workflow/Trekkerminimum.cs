using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>Where the minimum hours of a trekker come from; an interface so the form's rules test without a runtime.</summary>
internal interface ITrekkerminimum
{
    Task<(decimal Uren, bool UitAfspraak)> VoorInstantieAsync(Guid instantieId, CancellationToken ct);
}

/// <summary>
/// How many hours per week a trekker named in a task must get at least. In the cycle's own step it is the report's
/// recommendation, 8; in the task of a follow-up agreement "trekker met minimaal N uur per week" (Opvolging, ADR 0023)
/// it is that agreement's N, so the form never asks for more or less than the GMT agreed.
/// </summary>
internal sealed class Trekkerminimum(IWorkflowLezer lezer, IOpvolgingQueries opvolging) : ITrekkerminimum
{
    /// <summary>The report's recommendation (seed 000): the minimum when no agreement states its own hours.</summary>
    public const decimal Aanbeveling = 8m;

    private const string AfspraaktaakPrefix = "opvolging-afspraak-";

    /// <summary>The minimum, and whether it comes from an agreement (the message then names it as such).</summary>
    public async Task<(decimal Uren, bool UitAfspraak)> VoorInstantieAsync(Guid instantieId, CancellationToken ct)
    {
        if (await lezer.InstantieAsync(instantieId, ct) is { } instantie
            && instantie.DefinitieId.StartsWith(AfspraaktaakPrefix, StringComparison.Ordinal)
            && Guid.TryParse(instantie.ItemSleutel, out var afspraakId)
            && await opvolging.MinimaleTrekkerurenAsync(afspraakId, ct) is { } uren)
        {
            return (uren, true);
        }

        return (Aanbeveling, false);
    }
}

/// <summary>The hours field of the trekker form, as a pure rule: every message names the minimum that applies.</summary>
internal static class Trekkeruren
{
    public const decimal Maximum = 40m;

    public static Fout? Controleer(string? tekst, decimal minimum, bool uitAfspraak)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return new Fout("UrenPerWeek", "Vul het aantal uren per week in dat de trekker voor deze rol krijgt.");
        }

        if (!Getallen.ProbeerDecimaal(tekst, out var gelezen) || gelezen is not { } uren)
        {
            return new Fout("UrenPerWeek", $"'{tekst}' is geen getal; vul het aantal uren in, bijvoorbeeld {Tekst(minimum)} of 12,5.");
        }

        if (uren < minimum)
        {
            var waarom = uitAfspraak ? "volgens de afspraak met uw directie" : "afspraak van het GMT";
            return new Fout("UrenPerWeek", $"Een trekker krijgt minimaal {Tekst(minimum)} uur per week ({waarom}); {Tekst(uren)} uur is te weinig.");
        }

        return uren > Maximum ? new Fout("UrenPerWeek", $"Het aantal uren per week kan niet meer dan {Maximum:0} zijn.") : null;
    }

    /// <summary>The hint under the field.</summary>
    public static string Hint(decimal minimum, bool uitAfspraak) => uitAfspraak
        ? $"Minimaal {Tekst(minimum)} uur per week, zoals met uw directie is afgesproken."
        : $"Minimaal {Tekst(minimum)} uur per week (afspraak van het GMT), bijvoorbeeld {Tekst(minimum)} of 12,5.";

    public static string Tekst(decimal uren) => uren.ToString("0.#", Nederlands.Cultuur);
}
