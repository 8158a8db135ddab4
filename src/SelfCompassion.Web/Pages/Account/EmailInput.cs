using System.ComponentModel.DataAnnotations;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>The one-field form of the pages that send a link to an address (a new password, a new confirmation).</summary>
public class EmailInput
{
    [Required(ErrorMessage = AccountMessages.EmailRequired)]
    [StringLength(AccountMessages.EmailMaxLength, ErrorMessage = AccountMessages.EmailTooLong)]
    [EmailAddress(ErrorMessage = AccountMessages.EmailInvalid)]
    public string Email { get; set; } = "";
}
