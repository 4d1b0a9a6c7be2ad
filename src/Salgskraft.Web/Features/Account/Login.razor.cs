using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Account;

public partial class Login
{
    private string? error;

    [SupplyParameterFromForm]
    private LoginInput? Input { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new LoginInput();

    private async Task LoginAsync()
    {
        Input ??= new LoginInput();
        var result = await SignIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl), forceLoad: true);
            return;
        }

        error = result.IsLockedOut ? L["Login_LockedOut"] : L["Login_Failed"];
    }

    private string CultureHref(string culture) =>
        $"/account/culture?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString("/login")}";

    public sealed class LoginInput
    {
        [Required]
        [EmailAddress]
        public string Email { get; set; } = string.Empty;

        [Required]
        public string Password { get; set; } = string.Empty;

        public bool RememberMe { get; set; }
    }
}
