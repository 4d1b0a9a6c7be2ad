using Microsoft.AspNetCore.Components;
using MudBlazor;
using Salgskraft.Core.Access;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Components.Layout;

public partial class MainLayout
{
    private static readonly (string Culture, string Name)[] CultureNames = [("nb-NO", "Norsk (bokmål)"), ("da-DK", "Dansk"), ("en", "English")];

    private static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5fa8", AppbarBackground = "#1f5fa8", Secondary = "#e07a1f" },
    };

    private bool drawerOpen = true;
    private AccessContext? access;

    [Inject]
    private UiSession Session { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync() =>
        access = await Session.RunAsync((_, a) => Task.FromResult(a));

    private string CultureHref(string culture) =>
        $"/account/culture?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString("/" + Navigation.ToBaseRelativePath(Navigation.Uri))}";

    private async Task SelectCompanyAsync(string slug)
    {
        if (await Session.SelectCompanyAsync(slug))
        {
            Navigation.Refresh(forceReload: true);
        }
    }
}
