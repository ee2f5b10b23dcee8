using System.Text.Json;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;

namespace IdCyclus.Modules.Vragenlijst.Tests.Persistence;

/// <summary>
/// A version's content is parsed once per stored JSON text for the whole process (Inhoudcache), not on every read: every
/// interview step reads its version again, each time 20 kB of JSON. It is never served stale after the JSON changed.
/// </summary>
public sealed class VragenlijstversieTests
{
    private static readonly Vragenlijstinhoud Seed = Seed2024.Lees();

    [Fact]
    public void Twee_keer_lezen_geeft_dezelfde_inhoud_zonder_opnieuw_te_ontleden()
    {
        var versie = Nieuw(Seed);

        Assert.Same(versie.Inhoud, versie.Inhoud);
        Assert.Equal(Seed.Vragen.Count, versie.Inhoud.Vragen.Count);
    }

    [Fact]
    public void Na_een_nieuwe_inhoud_wordt_de_nieuwe_gelezen()
    {
        var versie = Nieuw(Seed);
        var eerst = versie.Inhoud;

        versie.Inhoud = Seed with { Vragen = [.. Seed.Vragen.Take(3)] };

        Assert.NotSame(eerst, versie.Inhoud);
        Assert.Equal(3, versie.Inhoud.Vragen.Count);
    }

    [Fact]
    public void Na_een_rechtstreeks_gewijzigde_json_wordt_die_gelezen()
    {
        var versie = Nieuw(Seed);
        _ = versie.Inhoud;

        // As EF Core does when it loads a row into an existing entity, or an edit that sets the stored text itself.
        versie.InhoudJson = JsonSerializer.Serialize(Seed with { Vragen = [.. Seed.Vragen.Take(2)] }, Opslag.Json);

        Assert.Equal(2, versie.Inhoud.Vragen.Count);
    }

    [Fact]
    public void Twee_rijen_met_dezelfde_tekst_delen_een_ontleding()
    {
        var eerste = Nieuw(Seed);
        // Another string with the same text, as a second query (another scope) materialises it.
        var tweede = new Vragenlijstversie { Naam = "Vragenlijst 2024", InhoudJson = new string(eerste.InhoudJson.AsSpan()) };

        Assert.NotSame(eerste.InhoudJson, tweede.InhoudJson);
        Assert.Same(eerste.Inhoud, tweede.Inhoud);
    }

    private static Vragenlijstversie Nieuw(Vragenlijstinhoud inhoud)
    {
        var versie = new Vragenlijstversie { Naam = "Vragenlijst 2024", InhoudJson = "{}" };
        versie.Inhoud = inhoud;
        return versie;
    }
}
