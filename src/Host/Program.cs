using IdCyclus.Host;

// The host is the web application and a small command line: `migrate` brings every module's schema up to date.
// Verbs share the exact service registration of the web host (IdCyclusApp.Bouw), so they can never drift apart.
return await IdCyclusApp.VoerUitAsync(args);

/// <summary>Entry point type for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
