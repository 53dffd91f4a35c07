window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "5",
      "id_str" : "1680955049112502621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680955049112502621",
      "created_at" : "Mon Jul 17 14:58:09 +0000 2023",
      "favorited" : false,
      "full_text" : "test",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680955049112502621"
          ],
          "editableUntil" : "2023-07-17T15:58:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "deleted_at" : "Mon Jul 17 15:07:09 +0000 2023"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1586667497845686470",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586667497845686470",
      "created_at" : "Sun Oct 30 10:33:05 +0000 2022",
      "favorited" : false,
      "full_text" : "the glass is at 962 &amp; still going. i've filled the lamps, the kettle &amp; the bath. lamp lit 🕯️ 🕯️",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586667497845686470"
          ],
          "editableUntil" : "2022-10-30T11:33:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "deleted_at" : "Sun Oct 30 10:42:05 +0000 2022"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "1521127253210038356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521127253210038356",
      "created_at" : "Mon May 02 13:59:33 +0000 2022",
      "favorited" : false,
      "full_text" : "wind sw 5. tam's boat late agian. the milk will be cheese by the time it gets here.",
      "lang" : "en",
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521127253210038356"
          ],
          "editableUntil" : "2022-05-02T14:59:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "deleted_at" : "Mon May 02 14:08:33 +0000 2022"
    }
  }
]