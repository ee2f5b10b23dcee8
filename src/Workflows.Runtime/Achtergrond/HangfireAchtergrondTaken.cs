using System.ComponentModel;
using System.Globalization;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using IdCyclus.Shared.Achtergrond;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// <see cref="IAchtergrondTaken"/> on Hangfire. The progress record is a Hangfire hash (<c>achtergrondtaak:{id}</c>) in
/// Hangfire's own storage: it lives in the application's database on every provider without a migration of ours, and
/// it expires <see cref="Bewaartijd"/> after the task ends.
/// </summary>
internal sealed class HangfireAchtergrondTaken(IBackgroundJobClient jobs, JobStorage opslag) : IAchtergrondTaken
{
    public static readonly TimeSpan Bewaartijd = TimeSpan.FromDays(7);

    public Task<Guid> StartAsync<TTaak, TInvoer>(TInvoer invoer, string omschrijving, CancellationToken ct)
        where TTaak : IAchtergrondTaak<TInvoer>
    {
        var id = Guid.NewGuid();
        Voortgangsrecord.Schrijf(opslag, id, new()
        {
            ["Omschrijving"] = omschrijving, ["Status"] = nameof(AchtergrondStatus.Wachtrij), ["Gedaan"] = "0", ["Totaal"] = "0",
        });
        jobs.Create<AchtergrondUitvoerder<TTaak, TInvoer>>(u => u.VoerUitAsync(id, omschrijving, invoer, CancellationToken.None),
            new EnqueuedState(HangfireRegistratie.LangWachtrij));
        return Task.FromResult(id);
    }

    public Task<AchtergrondVoortgang?> VoortgangAsync(Guid id, CancellationToken ct)
    {
        using var verbinding = opslag.GetConnection();
        var velden = verbinding.GetAllEntriesFromHash(Voortgangsrecord.Sleutel(id));
        if (velden is null || !velden.TryGetValue("Status", out var status))
        {
            return Task.FromResult<AchtergrondVoortgang?>(null);
        }

        string? Veld(string naam) => velden.TryGetValue(naam, out var waarde) && waarde.Length > 0 ? waarde : null;
        return Task.FromResult<AchtergrondVoortgang?>(new AchtergrondVoortgang(
            id, Veld("Omschrijving") ?? "", Enum.Parse<AchtergrondStatus>(status),
            int.Parse(Veld("Gedaan") ?? "0", CultureInfo.InvariantCulture), int.Parse(Veld("Totaal") ?? "0", CultureInfo.InvariantCulture),
            Veld("Stap"), Veld("Resultaat"), Veld("Fout")));
    }
}

internal static class Voortgangsrecord
{
    public static string Sleutel(Guid id) => $"achtergrondtaak:{id:N}";

    public static void Schrijf(JobStorage opslag, Guid id, Dictionary<string, string> velden, TimeSpan? verlooptNa = null)
    {
        using var verbinding = opslag.GetConnection();
        using var transactie = verbinding.CreateWriteTransaction();
        transactie.SetRangeInHash(Sleutel(id), velden);
        if (verlooptNa is { } duur && transactie is JobStorageTransaction metVerloop)
        {
            metVerloop.ExpireHash(Sleutel(id), duur);
        }

        transactie.Commit();
    }

    /// <summary>
    /// Ends the record: first the result or the error, then, in a commit of its own, the status. The SQLite storage
    /// writes the fields of one transaction one by one without holding readers off, so a page that polls could otherwise
    /// read "Mislukt" before the reason was there (and show a failure without saying why).
    /// </summary>
    public static void Beeindig(JobStorage opslag, Guid id, AchtergrondStatus status, string veld, string waarde)
    {
        Schrijf(opslag, id, new() { [veld] = waarde }, HangfireAchtergrondTaken.Bewaartijd);
        Schrijf(opslag, id, new() { ["Status"] = status.ToString() }, HangfireAchtergrondTaken.Bewaartijd);
    }
}

/// <summary>The Hangfire job around one task: keeps its progress record up to date. Public because Hangfire runs public methods.</summary>
public sealed class AchtergrondUitvoerder<TTaak, TInvoer>(TTaak taak, JobStorage opslag)
    where TTaak : IAchtergrondTaak<TInvoer>
{
    // No automatic retry: the record says "Mislukt" with the reason, and the dashboard keeps the failed job for Bureau.
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Achtergrondtaak: {1}")]
    public async Task VoerUitAsync(Guid id, string omschrijving, TInvoer invoer, CancellationToken ct)
    {
        Voortgangsrecord.Schrijf(opslag, id, new() { ["Status"] = nameof(AchtergrondStatus.Bezig), ["Gedaan"] = "0", ["Fout"] = "" });
        try
        {
            var resultaat = await taak.VoerUitAsync(invoer, new Melder(opslag, id), ct);
            Voortgangsrecord.Beeindig(opslag, id, AchtergrondStatus.Klaar, "Resultaat", resultaat ?? "");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Voortgangsrecord.Beeindig(opslag, id, AchtergrondStatus.Mislukt, "Fout", ex.Message);
            throw;
        }
    }

    private sealed class Melder(JobStorage opslag, Guid id) : IVoortgangMelder
    {
        public Task MeldAsync(int gedaan, int totaal, string? stap, CancellationToken ct)
        {
            Voortgangsrecord.Schrijf(opslag, id, new()
            {
                ["Gedaan"] = gedaan.ToString(CultureInfo.InvariantCulture), ["Totaal"] = totaal.ToString(CultureInfo.InvariantCulture), ["Stap"] = stap ?? "",
            });
            return Task.CompletedTask;
        }
    }
}
