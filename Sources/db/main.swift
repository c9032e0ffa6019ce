import DBCommands

DB.main()
