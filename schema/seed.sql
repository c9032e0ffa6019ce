-- Example data for the demo application: two organizations with a member, a post and a tag each.
-- Run with `db seed` or `db reset --seed` (development databases only).
INSERT INTO app.organizations (id, name, slug) VALUES
    ('00000000-0000-4000-8000-00000000000a', 'Acme', 'acme'),
    ('00000000-0000-4000-8000-00000000000b', 'Globex', 'globex');
INSERT INTO app.users (id, email, display_name) VALUES
    ('00000000-0000-4000-8000-0000000000a1', 'ada@acme.test', 'Ada'),
    ('00000000-0000-4000-8000-0000000000b1', 'bob@globex.test', 'Bob');
INSERT INTO app.members (organization_id, user_id, role) VALUES
    ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000a1', 'owner'),
    ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-0000000000b1', 'owner');
INSERT INTO app.posts (organization_id, author_id, title, slug, status) VALUES
    ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000a1', 'Hello from Acme', 'hello', 'published'),
    ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-0000000000b1', 'Hello from Globex', 'hello', 'draft');
INSERT INTO app.tags (organization_id, name) VALUES
    ('00000000-0000-4000-8000-00000000000a', 'news'),
    ('00000000-0000-4000-8000-00000000000b', 'news');
