using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Salgskraft.Web.Resources;

/// <summary>
/// MudBlazor's own labels (pager buttons, close buttons, the date picker's arrows) in the user's language: Text.resx
/// holds them under MudBlazor's keys (<c>MudTablePager_NextPage</c>, …); a key not there keeps MudBlazor's English.
/// </summary>
public sealed class MudTexts(IStringLocalizer<Text> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];
}
