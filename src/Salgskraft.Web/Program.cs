using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;
using Salgskraft.Core;
using Salgskraft.Core.Data;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;
using Salgskraft.Web.Components;
using Salgskraft.Web.Resources;
using Salgskraft.Web.Features.Activities;
using Salgskraft.Web.Features.Auth;
using Salgskraft.Web.Features.CustomerPlatform;
using Salgskraft.Web.Features.Customers;
using Salgskraft.Web.Features.Deals;
using Salgskraft.Web.Features.Goals;
using Salgskraft.Web.Features.Home;
using Salgskraft.Web.Features.Import;
using Salgskraft.Web.Features.Me;
using Salgskraft.Web.Features.Notifications;
using Salgskraft.Web.Features.Organization;
using Salgskraft.Web.Features.ResultModel;
using Salgskraft.Web.Features.SteeringPlatform;
using Salgskraft.Web.Infrastructure;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;

services.AddSalgskraftCore(builder.Configuration);
services.AddScoped<CurrentAccess>();
services.AddScoped<UiSession>();

// Identity: cookies for the UI, Identity bearer tokens for the API. Both are checked against the
// database on every request (security stamp and disabled flag), so changes apply at once.
services.AddAuthentication(IdentityConstants.ApplicationScheme)
    .AddBearerToken(IdentityConstants.BearerScheme)
    .AddIdentityCookies();
new IdentityBuilder(typeof(AppUser), services)
    .AddSignInManager<AppSignInManager>()
    .AddDefaultTokenProviders();
services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/login";
    o.Cookie.Name = "salgskraft";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.SlidingExpiration = true;
    o.ExpireTimeSpan = TimeSpan.FromHours(10);
});
services.AddAuthorizationBuilder()
    .AddPolicy(ApiPolicy.Name, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
services.AddDataProtection().SetApplicationName("Salgskraft").PersistKeysToDbContext<SalgskraftDbContext>();

services.AddRazorComponents().AddInteractiveServerComponents();
services.AddCascadingAuthenticationState();
services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthState>();
services.AddMudServices();
services.AddTransient<MudLocalizer, MudTexts>(); // MudBlazor's own labels in nb, da and en
// We send X-Frame-Options: DENY ourselves (SecurityHeaders); antiforgery would add a second, weaker one.
services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true);
services.AddLocalization();
services.AddHttpContextAccessor();

services.AddProblemDetails();
// Enums travel by name ("Qualify", "Won", "FaceToFace"), which is what API users read and write.
services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
services.AddOpenApi();
services.AddHealthChecks().AddDbContextCheck<SalgskraftDbContext>("database");

var app = builder.Build();

await DatabaseStartup.RunAsync(app.Services, app.Configuration, app.Logger);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseRequestLocalization(o => o
    .SetDefaultCulture(Cultures.Default)
    .AddSupportedCultures([.. Cultures.Supported])
    .AddSupportedUICultures([.. Cultures.Supported]));
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi();
app.MapScalarApiReference(o => o.WithTitle("Salgskraft API"));
app.MapHealthChecks("/health", HealthResponse.Options);
app.MapAuthEndpoints();
app.MapAccountEndpoints();

var api = app.MapGroup("/api/v1")
    .RequireAuthorization(ApiPolicy.Name)
    .AddEndpointFilter<AccessFilter>()
    .ProducesProblem(StatusCodes.Status401Unauthorized)
    .ProducesProblem(StatusCodes.Status403Forbidden);
api.MapMeEndpoints();
api.MapHomeEndpoints();
api.MapCustomerEndpoints();
api.MapOrganizationEndpoints();
api.MapActivityEndpoints();
api.MapDealEndpoints();
api.MapResultModelEndpoints();
api.MapImportEndpoints();
api.MapGoalEndpoints();
api.MapStrategyEndpoints();
api.MapSteeringPlatformEndpoints();
api.MapNotificationEndpoints();
api.MapCustomerPlatformEndpoints();

// Our own CSP (SecurityHeaders) already says frame-ancestors 'none'; Blazor's second header would only repeat it.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();

/// <summary>Entry point, public so integration tests can host the real app.</summary>
public partial class Program;
