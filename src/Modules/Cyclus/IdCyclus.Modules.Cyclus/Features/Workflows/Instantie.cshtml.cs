using System.Text.Json;
using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Cyclus.Features.Workflows;

/// <summary>One run: where each item (directie) stands per step — a matrix with due and overdue marks — and the history.</summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class InstantieModel(WorkflowDbContext db, TimeProvider klok) : PageModel
{
    public Instantie Instantie { get; private set; } = null!;

    public string Naam { get; private set; } = "";

    public IReadOnlyList<(string Id, string Naam)> Kolommen { get; private set; } = [];

    public IReadOnlyList<(Instantie Kind, IReadOnlyDictionary<string, Cel> Cellen)> Rijen { get; private set; } = [];

    public IReadOnlyList<StapStatus> Stappen { get; private set; } = [];

    public IReadOnlyList<Gebeurtenis> Historie { get; private set; } = [];

    /// <summary>Which item (directie) a history line is about; the top-level instance has none.</summary>
    public IReadOnlyDictionary<Guid, string> Onderdelen { get; private set; } = new Dictionary<Guid, string>();

    public DateTime Nu { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var instantie = await db.Instanties.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instantie is null)
        {
            return NotFound();
        }

        Nu = klok.GetUtcNow().UtcDateTime;
        Instantie = instantie;
        var definitie = await db.Definities.AsNoTracking().FirstAsync(d => d.DefinitieId == instantie.DefinitieId && d.Versie == instantie.DefinitieVersie, ct);
        Naam = definitie.Naam;
        Kolommen = Geneste(definitie.Json);
        Stappen = await db.Stappen.AsNoTracking().Where(s => s.InstantieId == id).ToListAsync(ct);
        var kinderen = await db.Instanties.AsNoTracking().Where(i => i.OuderId == id).ToListAsync(ct);
        var kindIds = kinderen.Select(k => k.Id).ToList();
        var stappen = await db.Stappen.AsNoTracking().Where(s => kindIds.Contains(s.InstantieId)).ToListAsync(ct);
        var taken = await db.Taken.AsNoTracking().Where(t => kindIds.Contains(t.InstantieId)).ToListAsync(ct);
        Rijen = kinderen.OrderBy(k => k.ItemOmschrijving, IdCyclus.Shared.Nederlands.Sortering)
            .Select(k => (k, (IReadOnlyDictionary<string, Cel>)stappen.Where(s => s.InstantieId == k.Id)
                .ToDictionary(s => s.StapId, s => new Cel(s, taken.Where(t => t.InstantieId == k.Id && t.StapId == s.StapId).OrderByDescending(t => t.AangemaaktOpUtc).FirstOrDefault()))))
            .ToList();
        Onderdelen = kinderen.ToDictionary(k => k.Id, k => k.ItemOmschrijving ?? "—");
        var ids = kindIds.Append(id).ToList();
        Historie = await db.Gebeurtenissen.AsNoTracking().Where(g => ids.Contains(g.InstantieId)).OrderByDescending(g => g.Id).Take(500).ToListAsync(ct);
        return Page();
    }

    /// <summary>The nested steps of the first fan-out: the columns of the matrix.</summary>
    private static IReadOnlyList<(string, string)> Geneste(string json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var stap in document.RootElement.GetProperty("stappen").EnumerateArray())
        {
            if (stap.TryGetProperty("stappen", out var genest))
            {
                return genest.EnumerateArray().Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("naam").GetString()!)).ToList();
            }
        }

        return [];
    }

    internal sealed record Cel(StapStatus Stap, Taak? Taak);
}
