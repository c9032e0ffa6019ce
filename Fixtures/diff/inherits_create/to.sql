CREATE TABLE existing (id int PRIMARY KEY);
CREATE TABLE base (
    id int NOT NULL,
    created_at timestamptz DEFAULT now(),
    status text DEFAULT 'new' CONSTRAINT base_status_check CHECK (status <> ''),
    note text
);
CREATE TABLE audited (changed_by text DEFAULT current_user CHECK (changed_by <> ''));
CREATE TABLE child (
    extra int CHECK (extra > 0),
    note text DEFAULT 'child note'
) INHERITS (base);
ALTER TABLE child ALTER COLUMN status SET DEFAULT 'child';
ALTER TABLE child ALTER COLUMN created_at SET NOT NULL;
CREATE TABLE multi (own int) INHERITS (audited, base);
CREATE TABLE grandchild () INHERITS (child);
CREATE TABLE grandchild_override () INHERITS (child);
ALTER TABLE grandchild_override ALTER COLUMN status SET DEFAULT 'grand';
