import DBCommands
import NotesSchema

DB.main(schema: NotesSchema.self)
