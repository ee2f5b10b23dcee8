namespace IdCyclus.Workflows.Runtime;

/// <summary>
/// Which version of a task a person's form submit is checked against (ADR 0034). The runtime raises a task's version for
/// every change, also the background ones: the deadline timer (open → te laat) and an escalation (level, candidates).
/// Those do not touch what the person was filling in, so a form opened before them still goes through; a change by a
/// person in between (taken on, passed on, completed) still gives the conflict message. Read from the task's history,
/// outside the engine: the engine's own check stays one comparison of versions.
/// </summary>
public static class Formulierversie
{
    /// <summary>
    /// History kinds that raise a task's version (or not) without a person acting on it; a comment changes nothing, and the
    /// task's creation comes before any form of it (within the margin it may still be in the history looked at).
    /// </summary>
    public static readonly IReadOnlySet<string> ZonderGevolgVoorHetFormulier =
        new HashSet<string>(["taak-aangemaakt", "herinnering", "deadline-verstreken", "escalatie", "opmerking"], StringComparer.Ordinal);

    /// <summary>
    /// History is written with the moment its transaction began; a change that began before the form was opened may
    /// commit after the version was read. Everything from this long before the opening is therefore looked at too.
    /// </summary>
    public static readonly TimeSpan Marge = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The version to pass to <c>VoltooiAsync</c>: the one the person saw, or the current one when every change since the
    /// form was opened (<paramref name="geopendOpUtc"/>, taken before the task was read) is a background change. Without
    /// the opening moment (an old form) the version seen is kept, so nothing becomes less strict.
    /// </summary>
    public static async Task<int> TeControlerenAsync(IWorkflowLezer lezer, Guid taakId, int gezien, DateTime? geopendOpUtc, CancellationToken ct)
    {
        if (geopendOpUtc is not { } geopend || await lezer.TaakAsync(taakId, ct) is not { IsAfgerond: false } taak || taak.Versie == gezien)
        {
            return gezien;
        }

        var sinds = geopend - Marge;
        var historie = await lezer.HistorieAsync(new HistorieVraag { TaakId = taakId }, ct);
        return historie.Where(g => g.MomentUtc >= sinds).All(g => ZonderGevolgVoorHetFormulier.Contains(g.Soort)) ? taak.Versie : gezien;
    }
}
