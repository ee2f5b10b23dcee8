using System.Runtime.CompilerServices;

namespace IdCyclus.Tests.Architecture;

/// <summary>Each rule fails on a made-up violation, so an empty result on the real assemblies means something.</summary>
public sealed class GrensregelsTests
{
    private static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Kaart(params (string Assembly, string[] Namen)[] regels) =>
        regels.ToDictionary(r => r.Assembly, r => (IReadOnlyCollection<string>)r.Namen);

    [Fact]
    public void Toegang_die_naar_de_implementatie_van_Organisatie_verwijst_wordt_gemeld()
    {
        var referenties = Kaart(
            ("IdCyclus.Modules.Toegang", ["System.Runtime", "IdCyclus.Shared", "IdCyclus.Modules.Organisatie"]),
            ("IdCyclus.Modules.Organisatie", ["IdCyclus.Modules.Organisatie.Contracts"]));

        var melding = Assert.Single(Grensregels.ModulesKennenElkaarAlleenViaContracts(referenties));

        Assert.Contains("IdCyclus.Modules.Toegang verwijst naar IdCyclus.Modules.Organisatie;", melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_module_die_een_andere_module_via_haar_contracts_gebruikt_is_in_orde()
    {
        var referenties = Kaart(
            ("IdCyclus.Modules.Toegang", ["IdCyclus.Modules.Organisatie.Contracts", "IdCyclus.Shared"]),
            ("IdCyclus.Modules.Organisatie", ["IdCyclus.Modules.Organisatie.Contracts", "Microsoft.EntityFrameworkCore"]));

        Assert.Empty(Grensregels.ModulesKennenElkaarAlleenViaContracts(referenties));
    }

    [Fact]
    public void Een_module_die_meer_dan_haar_moduleklasse_publiek_maakt_wordt_gemeld()
    {
        var publiekeTypen = Kaart(
            ("IdCyclus.Modules.Organisatie",
                ["IdCyclus.Modules.Organisatie.OrganisatieModule", "IdCyclus.Modules.Organisatie.Persistence.OrganisatieDbContext"]),
            ("IdCyclus.Modules.Toegang", ["IdCyclus.Modules.Toegang.ToegangModule"]));

        var melding = Assert.Single(Grensregels.ModulesTonenAlleenHunModuleklasse(publiekeTypen));

        Assert.Contains("IdCyclus.Modules.Organisatie.Persistence.OrganisatieDbContext", melding, StringComparison.Ordinal);
    }

    [Fact]
    public void De_moduleklasse_van_een_andere_module_geldt_niet_als_eigen_moduleklasse()
    {
        var publiekeTypen = Kaart(("IdCyclus.Modules.Toegang", ["IdCyclus.Modules.Toegang.OrganisatieModule"]));

        Assert.Single(Grensregels.ModulesTonenAlleenHunModuleklasse(publiekeTypen));
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.EntityFrameworkCore.Relational")]
    [InlineData("IdCyclus.Modules.Organisatie")]
    [InlineData("IdCyclus.Modules.Toegang")]
    public void Contracts_die_naar_een_module_of_EF_Core_verwijzen_worden_gemeld(string verboden)
    {
        var referenties = Kaart(("IdCyclus.Modules.Organisatie.Contracts", ["System.Runtime", verboden]));

        var melding = Assert.Single(Grensregels.ContractsBlijvenKaal(referenties));

        Assert.Contains(verboden, melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Contracts_met_alleen_systeemassemblies_zijn_in_orde()
    {
        var referenties = Kaart(("IdCyclus.Modules.Organisatie.Contracts", ["System.Runtime", "System.Collections"]));

        Assert.Empty(Grensregels.ContractsBlijvenKaal(referenties));
    }

    [Theory]
    [InlineData("IdCyclus.Modules.Organisatie")]
    [InlineData("IdCyclus.Modules.Organisatie.Contracts")]
    public void Shared_dat_naar_een_module_verwijst_wordt_gemeld(string module)
    {
        var referenties = Kaart(("IdCyclus.Shared", ["Microsoft.EntityFrameworkCore", module]));

        var melding = Assert.Single(Grensregels.SharedKentGeenModules(referenties));

        Assert.Contains(module, melding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var nu = DateTime.Now;", "DateTime.Now")]
    [InlineData("        Aangemaakt = DateTime.UtcNow,", "DateTime.UtcNow")]
    [InlineData("var vandaag = DateOnly.FromDateTime(DateTime.Today);", "DateTime.Today")]
    [InlineData("return DateTimeOffset.UtcNow;", "DateTimeOffset.UtcNow")]
    public void Code_die_de_systeemklok_leest_wordt_gemeld_met_bestand_en_regel(string regel, string gevonden)
    {
        var bestanden = new Dictionary<string, string> { ["src/Modules/X/Iets.cs"] = $"namespace X;\n\n{regel}\n" };

        var melding = Assert.Single(Grensregels.GeenSysteemklok(bestanden));

        Assert.StartsWith("src/Modules/X/Iets.cs:3:", melding, StringComparison.Ordinal);
        Assert.Contains(gevonden, melding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var nu = klok.GetUtcNow();")]
    [InlineData("/// <summary>No DateTime.Now here: time is injected.</summary>")]
    [InlineData("    // DateTime.UtcNow would make this untestable")]
    [InlineData("var soort = DateTimeKind.Utc;")]
    public void Code_die_de_tijd_via_TimeProvider_krijgt_of_de_klok_alleen_in_commentaar_noemt_is_in_orde(string regel)
    {
        var bestanden = new Dictionary<string, string> { ["src/Shared/Tijd.cs"] = regel };

        Assert.Empty(Grensregels.GeenSysteemklok(bestanden));
    }

    [Fact]
    public void Een_door_Razor_gegenereerde_paginaklasse_en_haar_geneste_typen_tellen_niet_als_publiek_gemaakt()
    {
        Assert.True(Bouwstenen.IsGegenereerd(typeof(AspNetCoreGeneratedDocument.Features_Voorbeeld_Voorbeeld)));
        Assert.True(Bouwstenen.IsGegenereerd(typeof(AspNetCoreGeneratedDocument.Features_Voorbeeld_Voorbeeld.Genest)));
    }

    [Fact]
    public void Een_door_de_compiler_gegenereerd_type_telt_niet_als_publiek_gemaakt()
    {
        Assert.True(Bouwstenen.IsGegenereerd(typeof(DoorDeCompilerGemaakt)));
    }

    [Fact]
    public void Een_gewone_publieke_klasse_telt_wel_als_publiek_gemaakt()
    {
        Assert.False(Bouwstenen.IsGegenereerd(typeof(GrensregelsTests)));
    }

    [CompilerGenerated]
    public sealed class DoorDeCompilerGemaakt;
}
