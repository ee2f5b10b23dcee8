using IdCyclus.Modules.Organisatie;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang;
using IdCyclus.Shared.Persistence;

namespace IdCyclus.Tests.Architecture;

/// <summary>The boundary rules applied to the compiled assemblies and the source tree.</summary>
public sealed class GrensTests
{
    [Fact]
    public void Vanuit_de_host_worden_alle_bekende_modules_contracts_en_shared_gevonden()
    {
        var gevonden = Bouwstenen.Alle.ToHashSet();

        Assert.Contains(typeof(OrganisatieModule).Assembly, gevonden);
        Assert.Contains(typeof(ToegangModule).Assembly, gevonden);
        Assert.Contains(typeof(IOrganisatieQueries).Assembly, gevonden);
        Assert.Contains(typeof(DatabaseOpties).Assembly, gevonden);
    }

    [Fact]
    public void Geen_module_verwijst_naar_de_implementatie_van_een_andere_module()
    {
        Assert.Empty(Grensregels.ModulesKennenElkaarAlleenViaContracts(Bouwstenen.Referenties));
    }

    [Fact]
    public void Een_module_maakt_alleen_haar_moduleklasse_publiek()
    {
        Assert.Empty(Grensregels.ModulesTonenAlleenHunModuleklasse(Bouwstenen.PubliekeTypenVanModules));
    }

    [Fact]
    public void De_moduleklasse_van_elke_module_bestaat_en_is_statisch()
    {
        var modules = Bouwstenen.Alle.Where(a => Assemblynamen.IsModuleImplementatie(Bouwstenen.Naam(a))).ToList();

        Assert.NotEmpty(modules);
        Assert.All(modules, assembly =>
        {
            var naam = Assemblynamen.Moduleklasse(Assemblynamen.Module(Bouwstenen.Naam(assembly)));
            var moduleklasse = assembly.GetType(naam);
            Assert.True(moduleklasse is { IsPublic: true, IsAbstract: true, IsSealed: true }, $"{naam} ontbreekt of is geen public static class.");
        });
    }

    [Fact]
    public void Contracts_verwijzen_niet_naar_modules_of_EF_Core()
    {
        Assert.Contains(Bouwstenen.Referenties.Keys, Assemblynamen.IsContracts);
        Assert.Empty(Grensregels.ContractsBlijvenKaal(Bouwstenen.Referenties));
    }

    [Fact]
    public void Shared_verwijst_naar_geen_enkele_module()
    {
        Assert.Contains(Bouwstenen.Referenties.Keys, Assemblynamen.IsShared);
        Assert.Empty(Grensregels.SharedKentGeenModules(Bouwstenen.Referenties));
    }

    [Fact]
    public void Broncode_onder_src_leest_de_systeemklok_niet_rechtstreeks()
    {
        var bestanden = Broncode.CSharpBestandenOnderSrc();

        Assert.NotEmpty(bestanden);
        Assert.Empty(Grensregels.GeenSysteemklok(bestanden));
    }

    [Fact]
    public void Configuratie_wordt_alleen_via_XOpties_klassen_met_een_Sectie_gelezen()
    {
        var bestanden = Broncode.CSharpBestandenOnderSrc();

        Assert.NotEmpty(bestanden);
        Assert.Empty(Optieregels.OptiesEenduidig(bestanden));
    }
}
