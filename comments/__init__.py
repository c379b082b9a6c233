"""Member comments under any object: blog posts now, library documents next.

How a content app adds comments under one of its models:

1. Register the model once, from its AppConfig.ready()::

       from comments.targets import register_comment_target

       register_comment_target(
           Document,
           visible_to=documents_for_user,   # (user) -> queryset the member may see
           url=lambda doc: doc_page_url(doc),  # the page that shows the comments
       )

   Targets need an integer primary key. Comments are accepted only on
   registered models and on objects in `visible_to(user)`.

2. Show the list and the form on that page (one SQL query for the list)::

       {% load comments_tags %}
       {% comments_section document %}

3. Show counts on cards: `comments.selectors.comment_count_annotate(queryset)`
   adds `comment_count` (published comments) in the same query.

4. Optionally add `GenericRelation("comments.Comment")` to the model so that
   deleting an object deletes its comments.

Writes go through `comments.services` (`comment_create`, `comment_edit`,
`comment_delete`, `comment_hide`, `comment_hide_many`); after each committed
post or edit, `comments.signals.comment_posted` / `comment_edited` are sent.
Member text is rendered by `comments.rendering.comment_text_to_html`.
"""
