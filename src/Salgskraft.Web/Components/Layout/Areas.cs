using MudBlazor;

namespace Salgskraft.Web.Components.Layout;

/// <summary>The areas of DOMAIN.md that later issues fill in; until then each shows a "coming" page.</summary>
public static class Areas
{
    public sealed record Area(string Slug, string TextKey, string Icon);

    public static readonly IReadOnlyList<Area> Coming =
    [
        new("loyalty", "Nav_Loyalty", Icons.Material.Filled.Favorite),
        new("coaching", "Nav_Coaching", Icons.Material.Filled.School),
    ];
}
