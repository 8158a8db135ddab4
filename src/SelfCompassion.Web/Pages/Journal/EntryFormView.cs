namespace SelfCompassion.Web.Pages.Journal;

public sealed record EntryFormView(EntryForm Form);
