namespace IdCyclus.Shared.Achtergrond;

/// <summary>
/// Long work (a report, a big import) as a background job whose progress a page can show. A module writes one
/// <see cref="IAchtergrondTaak{TInvoer}"/> class, registers it, and starts it from a handler:
/// <code>
/// services.AddTransient&lt;RapportMaken&gt;();
/// var id = await taken.StartAsync&lt;RapportMaken, RapportVraag&gt;(vraag, "Rapport 2025 voor G&amp;O", ct);
/// // the page polls taken.VoortgangAsync(id) and shows a &lt;progress&gt; with the step text
/// </code>
/// The job runs on a Hangfire queue of its own, so it never holds up the workflow's timers. Hangfire is
/// at-least-once: after a crash the task runs again from the start, so a task writes its result idempotently (e.g. one
/// row per report key) and reports progress from zero again.
/// </summary>
public interface IAchtergrondTaken
{
    /// <summary>Queues the task; the returned id names its progress record at once (status <see cref="AchtergrondStatus.Wachtrij"/>).</summary>
    Task<Guid> StartAsync<TTaak, TInvoer>(TInvoer invoer, string omschrijving, CancellationToken ct)
        where TTaak : IAchtergrondTaak<TInvoer>;

    /// <summary>The progress record, or null for an unknown (or expired) id.</summary>
    Task<AchtergrondVoortgang?> VoortgangAsync(Guid id, CancellationToken ct);
}

/// <summary>One kind of long work. Its input must be serialisable to JSON (Hangfire stores it with the job).</summary>
public interface IAchtergrondTaak<in TInvoer>
{
    /// <summary>Does the work, reporting progress; returns a short Dutch result text (e.g. "12 rijen geïmporteerd") or a link.</summary>
    Task<string?> VoerUitAsync(TInvoer invoer, IVoortgangMelder voortgang, CancellationToken ct);
}

/// <summary>Reports progress; cheap enough to call once per item of a few thousand.</summary>
public interface IVoortgangMelder
{
    Task MeldAsync(int gedaan, int totaal, string? stap, CancellationToken ct);
}

public enum AchtergrondStatus
{
    Wachtrij,
    Bezig,
    Klaar,
    Mislukt,
}

public sealed record AchtergrondVoortgang(
    Guid Id, string Omschrijving, AchtergrondStatus Status, int Gedaan, int Totaal, string? Stap, string? Resultaat, string? Fout)
{
    /// <summary>0–100, for a &lt;progress&gt; element; 0 while the total is unknown.</summary>
    public int Procent => Totaal <= 0 ? (Status == AchtergrondStatus.Klaar ? 100 : 0) : Math.Clamp(Gedaan * 100 / Totaal, 0, 100);
}
