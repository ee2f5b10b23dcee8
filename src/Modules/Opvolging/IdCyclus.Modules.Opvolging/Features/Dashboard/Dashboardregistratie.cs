using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Web;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

internal static class Dashboardregistratie
{
    /// <summary>The dashboard's services and its menu item, right after "Opvolging" (same order number, registered later).</summary>
    public static IServiceCollection AddGmtDashboard(this IServiceCollection services)
    {
        services.AddScoped<Dashboardgegevens>();
        services.AddScoped<Dashboardstanden>();
        services.AddSingleton<Stempelcache<Dashboardstanden.Sleutel, Dashboardstand>>();
        services.AddSingleton(new NavigatieItem("GMT-dashboard", GmtDashboardModel.Pad, 18, user => user.ZietDashboard()));
        return services;
    }
}
