using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Pages.Account;

public class IndexModel(UserManager<ApplicationUser> users, AccountProfile profile) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string Email { get; private set; } = "";

    public IEnumerable<SelectListItem> TimeZoneOptions =>
        TimeZones.ChoicesWith(Input.TimeZone).Select(zone => new SelectListItem(zone.Replace('_', ' '), zone));

    public class InputModel
    {
        [Required(ErrorMessage = "Please tell us what you'd like to be called.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "Please keep the name to {1} characters or fewer.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Please choose your time zone.")]
        [StringLength(ApplicationUser.TimeZoneIdMaxLength)]
        [Display(Name = "Time zone")]
        public string TimeZone { get; set; } = TimeZones.Default;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Email = user.Email ?? "";
        Input = new InputModel { DisplayName = user.DisplayName, TimeZone = user.TimeZoneId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Email = user.Email ?? "";
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await profile.UpdateAsync(user, Input.DisplayName, Input.TimeZone);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == AccountProfile.UnknownTimeZone ? $"{nameof(Input)}.{nameof(InputModel.TimeZone)}" : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }
            return Page();
        }
        StatusMessage = "Your changes are saved.";
        return RedirectToPage();
    }
}
