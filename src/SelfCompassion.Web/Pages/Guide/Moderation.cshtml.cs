using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SelfCompassion.Guide;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Guide;

/// <summary>Moderators read waiting replies and approve, reject or delete them. Only the moderator role reaches this page.</summary>
public class ModerationModel(GuideReplies replies, IOutputCacheStore cache) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<PendingReply> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pending = await replies.PendingAsync(cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(replies.SetStatusAsync(id, ReplyStatus.Approved, cancellationToken), "The reply is approved and now shows on its article.", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(replies.SetStatusAsync(id, ReplyStatus.Rejected, cancellationToken), "The reply is rejected and won't be shown.", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(replies.DeleteAsync(id, cancellationToken), "The reply is deleted.", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Task<string?> change, string message, CancellationToken cancellationToken)
    {
        if (await change is null)
        {
            return NotFound();
        }
        // Cached article pages must show the change at once.
        await cache.EvictByTagAsync(GuideCache.Tag, cancellationToken);
        StatusMessage = message;
        return RedirectToPage();
    }
}
